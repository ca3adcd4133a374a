package dev.ratchet.boot.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.snapshot.PublishedSnapshots;
import dev.ratchet.lint.LintPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationStateMetrics}: the gauges read the snapshot and never wait.
 */
class MigrationStateMetricsTests {

	@Test
	void beforeTheFirstSnapshotAScrapeAnswersAtOnce() {
		MigrationSnapshots snapshots = PublishedSnapshots.pending(new MigrationRuns());
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new MigrationStateMetrics(snapshots, () -> List.of("liquibase"), LintPolicy.defaults()).bindTo(registry);
		long started = System.nanoTime();
		registry.getMeters().forEach((meter) -> meter.measure().forEach((measurement) -> measurement.getValue()));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		assertThat(registry.getMeters()).hasSizeGreaterThan(20);
	}

}
