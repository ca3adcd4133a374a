package dev.ratchet.boot.metrics;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.drift.DriftKind;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import dev.ratchet.state.Summary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Gauges on the state snapshot of every {@code SpringLiquibase} bean: changesets per
 * state, the status, findings per rule, drift per kind, the changelog lock and whether
 * compat mode asks for a restart. They read
 * the snapshot; no gauge touches the database. Base units are chosen so that the
 * Prometheus names are exactly those of Ratchet's metrics contract.
 */
public class MigrationStateMetrics implements MeterBinder {

	private final MigrationSnapshots snapshots;

	private final Supplier<Collection<String>> beanNames;

	private final LintPolicy policy;

	/**
	 * Creates a new instance.
	 * @param snapshots the snapshots the gauges read
	 * @param beanNames the names of the {@code SpringLiquibase} beans
	 * @param policy the severities in force, for the findings' severity tag
	 */
	public MigrationStateMetrics(MigrationSnapshots snapshots, Supplier<Collection<String>> beanNames,
			LintPolicy policy) {
		this.snapshots = snapshots;
		this.beanNames = beanNames;
		this.policy = policy;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String bean : this.beanNames.get()) {
			bindChangeSets(registry, bean);
			for (MigrationStatus status : MigrationStatus.values()) {
				gauge(registry, "migrations.status", "1 for the current status, 0 for the others", bean,
						(state) -> (state.status() == status) ? 1 : 0, "status", status.name());
			}
			for (Rule rule : Rule.values()) {
				Severity severity = this.policy.severityOf(rule);
				if (severity != Severity.OFF) {
					gauge(registry, "migrations.findings", "Findings on pending changesets", bean,
							(state) -> state.findings().stream().filter((f) -> f.rule() == rule).count(), "rule",
							rule.id(), "severity", severity.id());
				}
			}
			for (DriftKind kind : DriftKind.values()) {
				gauge(registry, "migrations.drift", "Drift items per kind", bean,
						(state) -> state.drift().stream().filter((item) -> item.kind() == kind).count(), "kind",
						kind.id());
			}
			gauge(registry, "migrations.lock.held", "1 while the changelog lock is held", bean,
					(state) -> state.lock().locked() ? 1 : 0);
			gauge(registry, "migrations.compat.restart.required",
					"1 once the columns compat mode degrades have appeared, so a restart would use them", bean,
					(state) -> state.compat().restartRequired() ? 1 : 0);
			Gauge.builder("migrations.lock.age", this,
					(metrics) -> metrics.value(bean,
							(state) -> state.lock().age(Instant.now()).toMillis() / 1000.0))
				.description("How long the changelog lock has been held")
				.baseUnit("seconds")
				.tag("bean", bean)
				.register(registry);
		}
	}

	private void bindChangeSets(MeterRegistry registry, String bean) {
		changeSets(registry, bean, "applied", Summary::applied);
		changeSets(registry, bean, "pending", Summary::pending);
		changeSets(registry, bean, "blocked", Summary::blocked);
		changeSets(registry, bean, "approved", Summary::approved);
		changeSets(registry, bean, "unexpected", Summary::unexpected);
		changeSets(registry, bean, "checksum.mismatch", Summary::checksumMismatches);
	}

	private void changeSets(MeterRegistry registry, String bean, String state, ToDoubleFunction<Summary> count) {
		gauge(registry, "migrations.changesets", "Changesets per state", bean,
				(snapshot) -> count.applyAsDouble(snapshot.summary()), "state", state);
	}

	private void gauge(MeterRegistry registry, String name, String description, String bean,
			ToDoubleFunction<MigrationState> value, String... tags) {
		Gauge.builder(name, this, (metrics) -> metrics.value(bean, value))
			.description(description)
			.baseUnit(baseUnit(name))
			.tag("bean", bean)
			.tags(tags)
			.register(registry);
	}

	private static String baseUnit(String name) {
		return switch (name) {
			case "migrations.changesets" -> "changesets";
			case "migrations.findings" -> "findings";
			default -> null;
		};
	}

	private double value(String bean, ToDoubleFunction<MigrationState> value) {
		MigrationState state = this.snapshots.latest().get(bean);
		return (state != null) ? value.applyAsDouble(state) : Double.NaN;
	}

}
