package dev.ratchet.boot.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.RecordedRuns;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.snapshot.PublishedSnapshots;
import dev.ratchet.boot.spi.CompatPlans.PersistenceUnitCompat;
import dev.ratchet.compat.CompatPlan;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.SqlUsage;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.RunOutcome;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every meter Ratchet registers reaches Prometheus under exactly the name its metrics
 * contract gives.
 */
class PrometheusNamesTests {

	@Test
	void everyMeterHasItsContractualPrometheusName() {
		PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		MigrationRuns runs = new MigrationRuns();
		MigrationSnapshots snapshots = PublishedSnapshots.pending(runs);
		new MigrationStateMetrics(snapshots, () -> List.of("liquibase"), LintPolicy.defaults()).bindTo(registry);
		RecordedRuns.record(runs, "liquibase", new LastRun(Instant.now(), 12, RunOutcome.SUCCESS, 1, null, null, 0),
				"EXECUTED");
		new MigrationUpdateMetrics(runs).bindTo(registry);
		CompatUsage usage = new CompatUsage();
		usage.register("Customer", false);
		usage.register("AuditEntry", true);
		usage.query(SqlUsage.SELECT);
		new CompatMetrics(usage, () -> List.of(new PersistenceUnitCompat("default", null, CompatPlan.none(), null)))
			.bindTo(registry);
		assertThat(names(registry.scrape())).containsExactlyInAnyOrder("migrations_changesets", "migrations_status",
				"migrations_findings", "migrations_drift", "migrations_lock_held", "migrations_lock_age_seconds",
				"migrations_lock_timeouts_total",
				"migrations_update_seconds", "migrations_changeset_execution_seconds", "migrations_compat_columns",
				"migrations_compat_unavailable", "migrations_compat_queries_total", "migrations_compat_writes_total",
				"migrations_compat_rejected_total",
				"migrations_compat_restart_required");
	}

	private static Set<String> names(String scrape) {
		Set<String> names = new TreeSet<>();
		for (String line : scrape.split("\n")) {
			String name = line.startsWith("# TYPE ") ? line.split(" ")[2] : "";
			if (!name.isEmpty() && !name.endsWith("_max")) {
				names.add(name);
			}
		}
		return names;
	}

}
