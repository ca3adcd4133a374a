package dev.ratchet.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.ratchet.liquibase.MigrationListener;
import dev.ratchet.liquibase.MigrationRuns;
import dev.ratchet.state.LastRun;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Timers for the boot-time update ({@code migrations.update}, tagged with its outcome) and
 * for each changeset that ran ({@code migrations.changeset.execution}). Updates that
 * finished before the registry was bound are recorded when it is.
 */
public class MigrationUpdateMetrics implements MeterBinder, MigrationListener {

	private final List<Runnable> early = new ArrayList<>();

	private volatile MeterRegistry registry;

	/**
	 * Creates a new instance and starts listening to the updates.
	 * @param runs the updates to time
	 */
	public MigrationUpdateMetrics(MigrationRuns runs) {
		runs.addListener(this);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		synchronized (this.early) {
			this.registry = registry;
			this.early.forEach(Runnable::run);
			this.early.clear();
		}
	}

	@Override
	public void updateFinished(String beanName, LastRun run) {
		record(() -> Timer.builder("migrations.update")
			.description("The boot-time Liquibase update")
			.tag("bean", beanName)
			.tag("outcome", run.outcome().tag())
			.register(this.registry)
			.record(Duration.ofMillis(run.durationMs())));
	}

	@Override
	public void changeSetRan(String beanName, String execType, long nanos) {
		record(() -> Timer.builder("migrations.changeset.execution")
			.description("Each changeset the boot-time update executed")
			.tag("bean", beanName)
			.tag("exec.type", execType.toLowerCase(Locale.ROOT))
			.register(this.registry)
			.record(Duration.ofNanos(nanos)));
	}

	private void record(Runnable recording) {
		synchronized (this.early) {
			if (this.registry == null) {
				this.early.add(recording);
				return;
			}
		}
		recording.run();
	}

}
