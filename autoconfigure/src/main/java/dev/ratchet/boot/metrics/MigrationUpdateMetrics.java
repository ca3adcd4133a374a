package dev.ratchet.boot.metrics;

import java.time.Duration;
import java.util.Locale;

import dev.ratchet.boot.liquibase.MigrationListener;
import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.state.LastRun;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Timers for the boot-time update ({@code migrations.update}, tagged with its outcome) and
 * for each changeset that ran ({@code migrations.changeset.execution}), and the count of
 * its statements that hit the lock timeout ({@code migrations.lock.timeouts}). Updates that
 * finished before the registry was bound are recorded when it is.
 */
public class MigrationUpdateMetrics implements MeterBinder {

	private final MigrationRuns runs;

	/**
	 * Creates a new instance.
	 * @param runs the updates to time
	 */
	public MigrationUpdateMetrics(MigrationRuns runs) {
		this.runs = runs;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.runs.addListener(new Recorder(registry));
	}

	/**
	 * Records the updates of every bean in one registry.
	 *
	 * @param registry the registry
	 */
	private record Recorder(MeterRegistry registry) implements MigrationListener {

		@Override
		public void updateFinished(String beanName, LastRun run) {
			Timer.builder("migrations.update")
				.description("The boot-time Liquibase update")
				.tag("bean", beanName)
				.tag("outcome", run.outcome().tag())
				.register(this.registry)
				.record(Duration.ofMillis(run.durationMs()));
			Counter.builder("migrations.lock.timeouts")
				.description("Statements of the boot-time update that hit the lock timeout, each retry counted")
				.tag("bean", beanName)
				.register(this.registry)
				.increment(run.lockTimeouts());
		}

		@Override
		public void changeSetRan(String beanName, String execType, long nanos) {
			Timer.builder("migrations.changeset.execution")
				.description("Each changeset the boot-time update executed")
				.tag("bean", beanName)
				.tag("exec.type", execType.toLowerCase(Locale.ROOT))
				.register(this.registry)
				.record(Duration.ofNanos(nanos));
		}

	}

}
