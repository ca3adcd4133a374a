package dev.ratchet.boot.compat;

import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.boot.compat.ledger.Account;
import dev.ratchet.boot.compat.ledger.Ledger;
import dev.ratchet.boot.compat.ledger.LedgerUnit;
import dev.ratchet.boot.jpa.EntityModelSource;
import dev.ratchet.compat.CompatPlan;
import dev.ratchet.drift.DriftDetector;
import dev.ratchet.drift.LiveColumn;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.LiveTable;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.mapping.ToOne;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link BootModelRewrite}, on Hibernate's boot model of the ledger entities
 * for a database whose {@code account} table is at release 1 and which has no
 * {@code ledger} table; no database is needed.
 */
class BootModelRewriteTests {

	private final Metadata metadata = LedgerUnit.metadata();

	private final Map<String, List<DegradedProperty>> degraded = BootModelRewrite.apply(this.metadata, plan());

	@Test
	void aMissingColumnReadsAsATypedNullAndIsNeverWritten() {
		Property nickname = property(Account.class, "nickname");
		assertThat(selectable(nickname)).isInstanceOfSatisfying(Formula.class,
				(formula) -> assertThat(formula.getFormula()).contains("'ratchet-compat'").startsWith("cast("));
		assertThat(nickname.isInsertable()).isFalse();
		assertThat(nickname.isUpdatable()).isFalse();
		assertThat(entity(Account.class).getTable().getColumns()).extracting((column) -> column.getName())
			.containsExactlyInAnyOrder("id", "name", "email");
	}

	@Test
	void aPrimitiveReadsAsItsDefault() {
		assertThat(selectable(property(Account.class, "score"))).isInstanceOfSatisfying(Formula.class,
				(formula) -> assertThat(formula.getFormula()).startsWith("coalesce(").endsWith(", 0)"));
	}

	@Test
	void reportsEveryDegradedPropertyWithItsPathAndColumn() {
		assertThat(this.degraded).containsOnlyKeys(Account.class.getName());
		assertThat(this.degraded.get(Account.class.getName()))
			.extracting(DegradedProperty::entity, DegradedProperty::propertyPath, DegradedProperty::column,
					DegradedProperty::primitive)
			.containsExactlyInAnyOrder(tuple("Account", "nickname", "account.nickname", false),
					tuple("Account", "score", "account.score", true),
					tuple("Account", "contact.phone", "account.phone", false),
					tuple("Account", "ledger", "account.ledger_id", false));
	}

	@Test
	void aMissingTableBecomesAQueryNamingItsEntity() {
		assertThat(entity(Ledger.class).getTable().getSubselect())
			.isEqualTo("select 'ratchet-unavailable:Ledger:ledger' as ratchet_unavailable");
	}

	@Test
	void anAssociationToAnUnavailableEntityIsFetchedLazily() {
		assertThat(property(Account.class, "ledger").getValue()).isInstanceOfSatisfying(ToOne.class,
				(toOne) -> assertThat(toOne.isLazy()).isTrue());
	}

	@Test
	void anEntityWithDegradedColumnsLeavesTheSecondLevelCache() {
		assertThat(entity(Account.class).isCached()).isFalse();
	}

	private CompatPlan plan() {
		Map<String, LiveColumn> columns = new LinkedHashMap<>();
		for (String name : List.of("id", "name", "email")) {
			columns.put(name, new LiveColumn(name, "varchar", Types.VARCHAR, 255, null, true, false));
		}
		LiveSchema schema = new LiveSchema(Map.of("account", new LiveTable("account", columns)));
		return CompatPlan.of(MappedEntities.of(this.metadata),
				new DriftDetector().detect(EntityModelSource.of(this.metadata), schema));
	}

	private PersistentClass entity(Class<?> type) {
		return this.metadata.getEntityBinding(type.getName());
	}

	private Property property(Class<?> type, String path) {
		String[] names = path.split("\\.");
		Property property = entity(type).getProperty(names[0]);
		for (int i = 1; i < names.length; i++) {
			property = ((Component) property.getValue()).getProperty(names[i]);
		}
		return property;
	}

	private static Object selectable(Property property) {
		return ((SimpleValue) property.getValue()).getSelectables().get(0);
	}

}
