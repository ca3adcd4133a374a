package dev.ratchet.boot.metrics;

import java.time.Instant;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.RecordedRuns;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.RunOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationUpdateMetrics}.
 */
class MigrationUpdateMetricsTests {

	private final MigrationRuns runs = new MigrationRuns();

	@Test
	void anUpdateThatFinishedBeforeBindingIsRecordedWhenBound() {
		RecordedRuns.record(this.runs, "liquibase", run(RunOutcome.BLOCKED), "EXECUTED");
		MeterRegistry registry = new SimpleMeterRegistry();
		new MigrationUpdateMetrics(this.runs).bindTo(registry);
		assertThat(registry.get("migrations.update").tags("bean", "liquibase", "outcome", "blocked").timer().count())
			.isEqualTo(1);
		assertThat(registry.get("migrations.changeset.execution").tag("exec.type", "executed").timer().count())
			.isEqualTo(1);
	}

	@Test
	void anUpdateThatFinishesAfterBindingIsRecordedInEveryBoundRegistry() {
		MeterRegistry first = new SimpleMeterRegistry();
		MeterRegistry second = new SimpleMeterRegistry();
		MigrationUpdateMetrics metrics = new MigrationUpdateMetrics(this.runs);
		metrics.bindTo(first);
		metrics.bindTo(second);
		RecordedRuns.record(this.runs, "liquibase", run(RunOutcome.SUCCESS), "EXECUTED");
		assertThat(first.get("migrations.update").tag("outcome", "success").timer().count()).isEqualTo(1);
		assertThat(second.get("migrations.update").tag("outcome", "success").timer().count()).isEqualTo(1);
	}

	@Test
	void theOutcomeTagsAreThoseOfTheMetricsContract() {
		MeterRegistry registry = new SimpleMeterRegistry();
		new MigrationUpdateMetrics(this.runs).bindTo(registry);
		for (RunOutcome outcome : RunOutcome.values()) {
			RecordedRuns.record(this.runs, "bean-" + outcome, run(outcome), "EXECUTED");
		}
		assertThat(registry.find("migrations.update").timers())
			.extracting((timer) -> timer.getId().getTag("outcome"))
			.containsExactlyInAnyOrder("success", "failure", "blocked", "skipped");
	}

	@Test
	void lockTimeoutsOfEveryUpdateAreCounted() {
		MeterRegistry registry = new SimpleMeterRegistry();
		new MigrationUpdateMetrics(this.runs).bindTo(registry);
		RecordedRuns.record(this.runs, "liquibase", new LastRun(Instant.now(), 40, RunOutcome.SUCCESS, 1, null, null, 2),
				"EXECUTED");
		RecordedRuns.record(this.runs, "other", run(RunOutcome.SUCCESS), "EXECUTED");
		assertThat(registry.get("migrations.lock.timeouts").tag("bean", "liquibase").counter().count()).isEqualTo(2);
		assertThat(registry.get("migrations.lock.timeouts").tag("bean", "other").counter().count()).isZero();
	}

	private static LastRun run(RunOutcome outcome) {
		return new LastRun(Instant.now(), 40, outcome, 1, null, null, 0);
	}

}
