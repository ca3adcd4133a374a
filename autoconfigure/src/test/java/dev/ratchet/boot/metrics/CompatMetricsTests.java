package dev.ratchet.boot.metrics;

import java.util.List;

import dev.ratchet.boot.spi.CompatPlans;
import dev.ratchet.boot.spi.CompatPlans.PersistenceUnitCompat;
import dev.ratchet.compat.CompatPlan;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.EntityTables;
import dev.ratchet.compat.EntityTables.KeyColumn;
import dev.ratchet.compat.EntityTables.TableColumn;
import dev.ratchet.compat.SqlUsage;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.drift.DriftKind;
import dev.ratchet.drift.DriftSeverity;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CompatMetrics}.
 */
class CompatMetricsTests {

	private final CompatUsage usage = new CompatUsage();

	private final CompatPlan plan = CompatPlan.of(
			List.of(new EntityTables("Customer", List.of("customer"), List.of(new KeyColumn("customer", "id",
					"missing-id-column")), List.of(new TableColumn("customer", "phone"),
							new TableColumn("customer", "since"), new TableColumn("customer", "name"))),
					new EntityTables("AuditEntry", List.of("audit_entry"), List.of(), List.of())),
			List.of(missing(DriftKind.MISSING_COLUMN, "customer", "phone"),
					missing(DriftKind.MISSING_COLUMN, "customer", "since"),
					missing(DriftKind.MISSING_TABLE, "audit_entry", null)));

	private final CompatPlans plans = () -> List.of(new PersistenceUnitCompat("default", null, this.plan, null));

	@Test
	void gaugesReadWhatThePlanDegrades() {
		MeterRegistry registry = bound();
		this.usage.register("Customer", false);
		assertThat(registry.get("migrations.compat.columns").tag("entity", "Customer").gauge().value()).isEqualTo(2);
		assertThat(registry.get("migrations.compat.unavailable").gauge().value()).isEqualTo(1);
	}

	@Test
	void countersStartAtZeroOnceAnEntityIsDegradedAndCountEveryUse() {
		this.usage.register("Customer", false);
		this.usage.register("AuditEntry", true);
		MeterRegistry registry = bound();
		assertThat(registry.get("migrations.compat.queries").tag("usage", "select").functionCounter().count()).isZero();
		this.usage.query(SqlUsage.PREDICATE);
		this.usage.query(SqlUsage.PREDICATE);
		this.usage.dropped("Customer");
		this.usage.rejected("AuditEntry");
		assertThat(registry.get("migrations.compat.queries").tag("usage", "predicate").functionCounter().count())
			.isEqualTo(2);
		assertThat(registry.get("migrations.compat.writes")
			.tags("entity", "Customer", "outcome", "dropped")
			.functionCounter()
			.count()).isEqualTo(1);
		assertThat(registry.get("migrations.compat.writes")
			.tags("entity", "Customer", "outcome", "rejected")
			.functionCounter()
			.count()).isZero();
		assertThat(registry.get("migrations.compat.rejected").tag("entity", "AuditEntry").functionCounter().count())
			.isEqualTo(1);
	}

	@Test
	void aCounterThatAppearsAfterBindingIsRegistered() {
		MeterRegistry registry = bound();
		this.usage.rejectedWrite("Customer");
		assertThat(registry.get("migrations.compat.writes")
			.tags("entity", "Customer", "outcome", "rejected")
			.functionCounter()
			.count()).isEqualTo(1);
	}

	@Test
	void everyMeterHasADescription() {
		this.usage.register("Customer", false);
		this.usage.register("AuditEntry", true);
		MeterRegistry registry = bound();
		assertThat(registry.getMeters()).isNotEmpty()
			.allSatisfy((meter) -> assertThat(meter.getId().getDescription()).isNotBlank());
	}

	private MeterRegistry bound() {
		MeterRegistry registry = new SimpleMeterRegistry();
		new CompatMetrics(this.usage, this.plans).bindTo(registry);
		return registry;
	}

	private static DriftItem missing(DriftKind kind, String table, String column) {
		return new DriftItem(kind, DriftSeverity.ERROR, table, column, null, null, null, null);
	}

}
