package dev.ratchet.boot.compat;

import java.util.List;

import dev.ratchet.compat.CompatCounter.Kind;
import dev.ratchet.compat.CompatPlan;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.DegradedSql;
import dev.ratchet.compat.EntityTables;
import dev.ratchet.compat.EntityTables.KeyColumn;
import dev.ratchet.compat.EntityTables.TableColumn;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.drift.DriftKind;
import dev.ratchet.drift.DriftSeverity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CompatStatementInspector}, on statements as Hibernate sends them once
 * the boot model is rewritten.
 */
class CompatStatementInspectorTests {

	private static final String DEGRADED_READ = "select a.id, a.name, " + DegradedSql.nullOf("varchar(255)", null)
			+ " from account a where a.id=?";

	private static final String DEGRADED_FILTER = "select a.id from account a where "
			+ DegradedSql.nullOf("varchar(255)", null) + "=?";

	private static final String UNUSABLE = "select l.id from (" + DegradedSql.unusableTable("Ledger", "ledger")
			+ ") l where l.id=?";

	private final CompatUsage usage = new CompatUsage();

	private final CompatStatementInspector inspector = new CompatStatementInspector((sql) -> sql + " /* app */",
			this.usage);

	@Test
	void untilActivatedOnlyTheApplicationsInspectorRuns() {
		assertThat(this.inspector.inspect(UNUSABLE)).isEqualTo(UNUSABLE + " /* app */");
		assertThat(this.usage.counters()).isEmpty();
	}

	@Test
	void aStatementOnAnUnusableTableIsRefusedNamingEntityTableAndWhy() {
		this.inspector.activate(plan());
		assertThatExceptionOfType(UnavailableEntityException.class).isThrownBy(() -> this.inspector.inspect(UNUSABLE))
			.withMessageContaining("Ledger")
			.withMessageContaining("table ledger does not exist");
		assertThat(this.usage.count(Kind.REJECTED, "Ledger", null)).isEqualTo(1);
	}

	@Test
	void aStatementThatReadsADegradedColumnIsCountedAsASelect() {
		this.inspector.activate(plan());
		assertThat(this.inspector.inspect(DEGRADED_READ)).isEqualTo(DEGRADED_READ + " /* app */");
		this.inspector.inspect(DEGRADED_READ);
		assertThat(this.usage.count(Kind.QUERY, null, "select")).isEqualTo(2);
		assertThat(this.usage.count(Kind.QUERY, null, "predicate")).isZero();
	}

	@Test
	void aStatementThatFiltersOnADegradedColumnIsCountedAsAPredicate() {
		this.inspector.activate(plan());
		this.inspector.inspect(DEGRADED_FILTER);
		assertThat(this.usage.count(Kind.QUERY, null, "predicate")).isEqualTo(1);
		assertThat(this.usage.count(Kind.QUERY, null, "select")).isZero();
	}

	@Test
	void aCompleteStatementPassesUncounted() {
		this.inspector.activate(plan());
		assertThat(this.inspector.inspect("select a.id, a.name from account a")).endsWith("/* app */");
		assertThat(this.usage.counters()).isEmpty();
	}

	@Test
	void inspectsWhatTheApplicationsInspectorReturns() {
		CompatStatementInspector rewriting = new CompatStatementInspector((sql) -> UNUSABLE, this.usage);
		rewriting.activate(plan());
		assertThatExceptionOfType(UnavailableEntityException.class)
			.isThrownBy(() -> rewriting.inspect("select 1"));
	}

	private static CompatPlan plan() {
		List<EntityTables> entities = List.of(
				new EntityTables("Account", List.of("account"), List.of(new KeyColumn("account", "id", "missing-id-column")),
						List.of(new TableColumn("account", "nickname"))),
				new EntityTables("Ledger", List.of("ledger"), List.of(new KeyColumn("ledger", "id", "missing-id-column")),
						List.of()));
		return CompatPlan.of(entities,
				List.of(new DriftItem(DriftKind.MISSING_COLUMN, DriftSeverity.ERROR, "account", "nickname", "Account",
						null, "varchar(255)", null),
						new DriftItem(DriftKind.MISSING_TABLE, DriftSeverity.ERROR, "ledger", null, "Ledger", null, null,
								null)));
	}

}
