package dev.ratchet.boot.metrics;

import dev.ratchet.boot.spi.CompatPlans;
import dev.ratchet.compat.CompatCounter;
import dev.ratchet.compat.CompatUsage;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Meters on compat mode: degraded columns per entity and unavailable entities, read from
 * the compat plans, and counters of every degraded use. Counters appear as compat mode
 * first degrades an entity, at zero; nothing here touches the database. Base units are
 * chosen so that the Prometheus names are exactly those of Ratchet's metrics contract.
 */
public class CompatMetrics implements MeterBinder {

	private static final String REJECTED = "rejected";

	private final CompatUsage usage;

	private final CompatPlans plans;

	/**
	 * Creates a new instance.
	 * @param usage the counts of degraded uses
	 * @param plans what compat mode degrades
	 */
	public CompatMetrics(CompatUsage usage, CompatPlans plans) {
		this.usage = usage;
		this.plans = plans;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("migrations.compat.unavailable", this, CompatMetrics::unavailable)
			.description("Entities compat mode made unavailable because the database lacks their table")
			.register(registry);
		this.usage.onCounter((counter) -> register(registry, counter));
	}

	private void register(MeterRegistry registry, CompatCounter counter) {
		switch (counter.kind()) {
			case QUERY -> FunctionCounter.builder("migrations.compat.queries", counter, CompatCounter::count)
				.description("SQL statements that read or filtered on a column the database lacks")
				.baseUnit("queries")
				.tag("usage", counter.label())
				.register(registry);
			case WRITE -> {
				FunctionCounter.builder("migrations.compat.writes", counter, CompatCounter::count)
					.description("Inserts and updates that carried a value for a column the database lacks")
					.baseUnit("writes")
					.tags("entity", counter.entity(), "outcome", counter.label())
					.register(registry);
				if (REJECTED.equals(counter.label())) {
					bindColumns(registry, counter.entity());
				}
			}
			case REJECTED -> FunctionCounter.builder("migrations.compat.rejected", counter, CompatCounter::count)
				.description("Uses of an entity compat mode made unavailable")
				.tag("entity", counter.entity())
				.register(registry);
		}
	}

	private void bindColumns(MeterRegistry registry, String entity) {
		Gauge.builder("migrations.compat.columns", this, (metrics) -> metrics.columns(entity))
			.description("Columns an entity maps that the database lacks, read as null")
			.baseUnit("columns")
			.tag("entity", entity)
			.register(registry);
	}

	private double columns(String entity) {
		return this.plans.plans()
			.stream()
			.flatMap((unit) -> unit.plan().columns().stream())
			.filter((column) -> column.entity().equals(entity))
			.count();
	}

	private double unavailable() {
		return this.plans.plans().stream().mapToLong((unit) -> unit.plan().unavailable().size()).sum();
	}

}
