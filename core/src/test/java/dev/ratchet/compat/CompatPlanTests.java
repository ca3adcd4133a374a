package dev.ratchet.compat;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.ratchet.compat.CompatState.DegradedColumn;
import dev.ratchet.compat.CompatState.UnavailableEntity;
import dev.ratchet.compat.EntityTables.KeyColumn;
import dev.ratchet.compat.EntityTables.TableColumn;
import dev.ratchet.drift.DriftDetector;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.drift.EntityModel;
import dev.ratchet.drift.LiveColumn;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.LiveTable;
import dev.ratchet.drift.MappedColumn;
import dev.ratchet.drift.MappedTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CompatPlan}, on entities and live schemas built by hand.
 */
class CompatPlanTests {

	@Test
	void degradesNothingWhenTheSchemaHasEverything() {
		CompatPlan plan = plan(List.of(appUser()),
				schema(live("app_user", "id", "version", "email", "phone")));
		assertThat(plan.isEmpty()).isTrue();
		assertThat(plan.columns()).isEmpty();
		assertThat(plan.unavailable()).isEmpty();
		assertThat(plan.isUnusable("app_user")).isFalse();
		assertThat(plan.whyUnusable("app_user")).isNull();
	}

	@Test
	void aMissingTableMakesItsEntityUnavailable() {
		CompatPlan plan = plan(List.of(appUser()), schema());
		assertThat(plan.unavailable())
			.containsExactly(new UnavailableEntity("AppUser", "app_user", "missing-table"));
		assertThat(plan.isUnavailable("AppUser")).isTrue();
		assertThat(plan.isUnusable("app_user")).isTrue();
		assertThat(plan.isEmpty()).isFalse();
	}

	@Test
	void aMissingIdColumnMakesItsEntityUnavailableWithTheKeyColumnsReason() {
		CompatPlan plan = plan(List.of(appUser()), schema(live("app_user", "version", "email", "phone")));
		assertThat(plan.unavailable())
			.containsExactly(new UnavailableEntity("AppUser", "app_user", "missing-id-column"));
		assertThat(plan.isUnusable("app_user")).isTrue();
	}

	@Test
	void aMissingVersionColumnMakesItsEntityUnavailableWithTheKeyColumnsReason() {
		CompatPlan plan = plan(List.of(appUser()), schema(live("app_user", "id", "email", "phone")));
		assertThat(plan.unavailable())
			.containsExactly(new UnavailableEntity("AppUser", "app_user", "missing-version-column"));
	}

	@Test
	void aMissingDiscriminatorColumnMakesEveryEntityOfTheHierarchyUnavailable() {
		List<KeyColumn> keys = List.of(new KeyColumn("payment", "id", "missing-id-column"),
				new KeyColumn("payment", "dtype", "missing-discriminator-column"));
		EntityTables payment = new EntityTables("Payment", List.of("payment"), keys,
				List.of(new TableColumn("payment", "amount")));
		EntityTables card = new EntityTables("CardPayment", List.of("payment"), keys,
				List.of(new TableColumn("payment", "card_number")));
		CompatPlan plan = plan(List.of(payment, card),
				schema(live("payment", "id", "amount", "card_number")));
		assertThat(plan.unavailable()).containsExactly(
				new UnavailableEntity("Payment", "payment", "missing-discriminator-column"),
				new UnavailableEntity("CardPayment", "payment", "missing-discriminator-column"));
		assertThat(plan.whyUnusable("payment"))
			.isEqualTo("table payment has no column dtype (missing-discriminator-column)");
	}

	@Test
	void anEntityTouchingTheMissingTableOfAnotherEntityIsUnavailable() {
		EntityTables root = new EntityTables("Payment", List.of("payment", "card_payment"),
				List.of(new KeyColumn("payment", "id", "missing-id-column")),
				List.of(new TableColumn("payment", "amount")));
		EntityTables subclass = new EntityTables("CardPayment", List.of("card_payment", "payment"),
				List.of(new KeyColumn("card_payment", "id", "missing-id-column")),
				List.of(new TableColumn("card_payment", "card_number")));
		EntityTables unrelated = new EntityTables("Invoice", List.of("invoice"),
				List.of(new KeyColumn("invoice", "id", "missing-id-column")), List.of());
		CompatPlan plan = plan(List.of(root, subclass, unrelated),
				schema(live("payment", "id", "amount"), live("invoice", "id")));
		assertThat(plan.unavailable()).containsExactly(
				new UnavailableEntity("Payment", "card_payment", "missing-table"),
				new UnavailableEntity("CardPayment", "card_payment", "missing-table"));
		assertThat(plan.isUnavailable("Payment")).isTrue();
		assertThat(plan.isUnavailable("Invoice")).isFalse();
		assertThat(plan.isUnusable("card_payment")).isTrue();
		assertThat(plan.isUnusable("payment")).isFalse();
	}

	@Test
	void anEntityTouchingATableThatLacksAnotherEntitysKeyColumnIsUnavailable() {
		EntityTables root = new EntityTables("Payment", List.of("payment", "card_payment"),
				List.of(new KeyColumn("payment", "id", "missing-id-column")), List.of());
		EntityTables subclass = new EntityTables("CardPayment", List.of("card_payment", "payment"),
				List.of(new KeyColumn("card_payment", "id", "missing-id-column")), List.of());
		CompatPlan plan = plan(List.of(root, subclass),
				schema(live("payment", "id"), live("card_payment", "card_number")));
		assertThat(plan.unavailable()).containsExactly(
				new UnavailableEntity("Payment", "card_payment", "missing-id-column"),
				new UnavailableEntity("CardPayment", "card_payment", "missing-id-column"));
	}

	@Test
	void anyOtherMissingColumnIsDegradedPerEntityThatMapsIt() {
		EntityTables payment = new EntityTables("Payment", List.of("payment"),
				List.of(new KeyColumn("payment", "id", "missing-id-column")),
				List.of(new TableColumn("payment", "amount"), new TableColumn("payment", "note")));
		EntityTables card = new EntityTables("CardPayment", List.of("payment"),
				List.of(new KeyColumn("payment", "id", "missing-id-column")),
				List.of(new TableColumn("payment", "note"), new TableColumn("payment", "card_number")));
		CompatPlan plan = plan(List.of(payment, card), schema(live("payment", "id", "amount")));
		assertThat(plan.columns()).containsExactly(new DegradedColumn("Payment", "payment", "note"),
				new DegradedColumn("CardPayment", "payment", "note"),
				new DegradedColumn("CardPayment", "payment", "card_number"));
		assertThat(plan.unavailable()).isEmpty();
		assertThat(plan.isDegraded("payment", "note")).isTrue();
		assertThat(plan.isDegraded("payment", "card_number")).isTrue();
		assertThat(plan.isDegraded("payment", "amount")).isFalse();
		assertThat(plan.isDegraded("invoice", "note")).isFalse();
		assertThat(plan.isUnusable("payment")).isFalse();
		assertThat(plan.isEmpty()).isFalse();
	}

	@Test
	void matchesTableAndColumnNamesIgnoringCase() {
		EntityTables user = new EntityTables("AppUser", List.of("APP_USER"),
				List.of(new KeyColumn("APP_USER", "ID", "missing-id-column")),
				List.of(new TableColumn("App_User", "Email"), new TableColumn("APP_USER", "PHONE")));
		CompatPlan plan = plan(List.of(user), schema(live("app_user", "id", "email")));
		assertThat(plan.unavailable()).isEmpty();
		assertThat(plan.columns()).containsExactly(new DegradedColumn("AppUser", "APP_USER", "PHONE"));
		assertThat(plan.isDegraded("app_user", "phone")).isTrue();
		assertThat(plan.isDegraded("App_User", "Phone")).isTrue();
		assertThat(plan.isDegraded("app_user", "email")).isFalse();
	}

	@Test
	void matchesUnusableTablesIgnoringCase() {
		EntityTables audit = new EntityTables("AuditEntry", List.of("Audit_Entry"),
				List.of(new KeyColumn("Audit_Entry", "id", "missing-id-column")), List.of());
		EntityTables user = new EntityTables("AppUser", List.of("app_user", "AUDIT_ENTRY"),
				List.of(new KeyColumn("app_user", "id", "missing-id-column")), List.of());
		CompatPlan plan = plan(List.of(audit, user), schema(live("APP_USER", "ID")));
		assertThat(plan.unavailable()).containsExactly(
				new UnavailableEntity("AuditEntry", "Audit_Entry", "missing-table"),
				new UnavailableEntity("AppUser", "Audit_Entry", "missing-table"));
		assertThat(plan.isUnusable("audit_entry")).isTrue();
		assertThat(plan.isUnusable("AUDIT_ENTRY")).isTrue();
		assertThat(plan.isUnusable("app_user")).isFalse();
		assertThat(plan.whyUnusable("AUDIT_ENTRY")).isEqualTo("table Audit_Entry does not exist");
	}

	@Test
	void anUnavailableEntityListsNoDegradedColumns() {
		CompatPlan plan = plan(List.of(appUser()), schema(live("app_user", "version")));
		assertThat(plan.unavailable())
			.containsExactly(new UnavailableEntity("AppUser", "app_user", "missing-id-column"));
		assertThat(plan.columns()).isEmpty();
		assertThat(plan.isDegraded("app_user", "email")).isFalse();
		assertThat(plan.isDegraded("app_user", "phone")).isFalse();
	}

	@Test
	void saysThatAMissingTableDoesNotExist() {
		CompatPlan plan = plan(List.of(appUser()), schema());
		assertThat(plan.whyUnusable("app_user")).isEqualTo("table app_user does not exist");
	}

	@Test
	void saysWhichKeyColumnATableLacksAndWhy() {
		CompatPlan plan = plan(List.of(appUser()), schema(live("app_user", "id", "email", "phone")));
		assertThat(plan.whyUnusable("app_user"))
			.isEqualTo("table app_user has no column version (missing-version-column)");
	}

	@Test
	void saysNothingAboutAUsableTable() {
		CompatPlan plan = plan(List.of(appUser()), schema(live("app_user", "id", "version")));
		assertThat(plan.isUnusable("app_user")).isFalse();
		assertThat(plan.whyUnusable("app_user")).isNull();
		assertThat(plan.whyUnusable("audit_entry")).isNull();
	}

	@Test
	void isActiveButNeedsNoRestartOnTheSchemaItWasPlannedOn() {
		LiveSchema schema = schema(live("app_user", "id", "version", "email"));
		CompatPlan plan = plan(List.of(appUser(), auditEntry()), schema);
		CompatState state = plan.state(drift(List.of(appUser(), auditEntry()), schema));
		assertThat(state.active()).isTrue();
		assertThat(state.restartRequired()).isFalse();
		assertThat(state.columns()).containsExactly(new DegradedColumn("AppUser", "app_user", "phone"));
		assertThat(state.unavailable())
			.containsExactly(new UnavailableEntity("AuditEntry", "audit_entry", "missing-table"));
	}

	@Test
	void isInactiveWhenNothingIsDegraded() {
		LiveSchema schema = schema(live("app_user", "id", "version", "email", "phone"));
		CompatState state = plan(List.of(appUser()), schema).state(drift(List.of(appUser()), schema));
		assertThat(state.active()).isFalse();
		assertThat(state.restartRequired()).isFalse();
		assertThat(state.columns()).isEmpty();
		assertThat(state.unavailable()).isEmpty();
	}

	@Test
	void requiresARestartOnceADegradedColumnAppears() {
		CompatPlan plan = plan(List.of(appUser()), schema(live("app_user", "id", "version", "email")));
		CompatState state = plan.state(drift(List.of(appUser()), schema(live("app_user", "id", "version", "email", "phone"))));
		assertThat(state.active()).isTrue();
		assertThat(state.restartRequired()).isTrue();
	}

	@Test
	void requiresARestartOnceAMissingTableAppears() {
		CompatPlan plan = plan(List.of(auditEntry()), schema());
		assertThat(plan.state(drift(List.of(auditEntry()), schema(live("other")))).restartRequired()).isFalse();
		CompatState state = plan.state(drift(List.of(auditEntry()), schema(live("audit_entry", "id"))));
		assertThat(state.active()).isTrue();
		assertThat(state.restartRequired()).isTrue();
	}

	@Test
	void requiresARestartOnceAMissingKeyColumnAppears() {
		CompatPlan plan = plan(List.of(appUser()), schema(live("app_user", "id", "email", "phone")));
		assertThat(plan.state(drift(List.of(appUser()), schema(live("app_user", "id", "email", "phone"))))
			.restartRequired()).isFalse();
		assertThat(plan.state(drift(List.of(appUser()), schema(live("app_user", "id", "version")))).restartRequired())
			.isTrue();
	}

	@Test
	void requiresNoRestartWhenTheSchemaCouldNotBeRead() {
		CompatPlan plan = plan(List.of(appUser(), auditEntry()),
				schema(live("app_user", "id", "version", "email")));
		CompatState state = plan.state(null);
		assertThat(state.active()).isTrue();
		assertThat(state.restartRequired()).isFalse();
	}

	@Test
	void theNonePlanDegradesNothing() {
		CompatPlan none = CompatPlan.none();
		assertThat(none.isEmpty()).isTrue();
		assertThat(none.columns()).isEmpty();
		assertThat(none.unavailable()).isEmpty();
		assertThat(none.isUnusable("app_user")).isFalse();
		assertThat(none.whyUnusable("app_user")).isNull();
		assertThat(none.isDegraded("app_user", "phone")).isFalse();
		assertThat(none.isUnavailable("AppUser")).isFalse();
		assertThat(none.state(List.of())).isEqualTo(CompatState.inactive());
		assertThat(none.state(null)).isEqualTo(CompatState.inactive());
	}

	/**
	 * Plans as compat mode does: from the drift between the model of the entities and the
	 * schema.
	 */
	private static CompatPlan plan(List<EntityTables> entities, LiveSchema schema) {
		return CompatPlan.of(entities, drift(entities, schema));
	}

	private static List<DriftItem> drift(List<EntityTables> entities, LiveSchema schema) {
		Map<String, List<MappedColumn>> tables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (EntityTables entity : entities) {
			entity.tables().forEach((table) -> tables.computeIfAbsent(table, (name) -> new ArrayList<>()));
			entity.keys().forEach((key) -> tables.get(key.table()).add(mapped(key.column())));
			entity.columns().forEach((column) -> tables.get(column.table()).add(mapped(column.column())));
		}
		List<MappedTable> model = new ArrayList<>();
		tables.forEach((table, columns) -> model.add(new MappedTable(null, table, columns)));
		return new DriftDetector().detect(new EntityModel(model), schema);
	}

	private static MappedColumn mapped(String name) {
		return new MappedColumn(name, Types.VARCHAR, "varchar(255)", 255, null, null, true, null);
	}

	private static EntityTables appUser() {
		return new EntityTables("AppUser", List.of("app_user"),
				List.of(new KeyColumn("app_user", "id", "missing-id-column"),
						new KeyColumn("app_user", "version", "missing-version-column")),
				List.of(new TableColumn("app_user", "email"), new TableColumn("app_user", "phone")));
	}

	private static EntityTables auditEntry() {
		return new EntityTables("AuditEntry", List.of("audit_entry"),
				List.of(new KeyColumn("audit_entry", "id", "missing-id-column")),
				List.of(new TableColumn("audit_entry", "message")));
	}

	private static LiveSchema schema(LiveTable... tables) {
		Map<String, LiveTable> byName = new LinkedHashMap<>();
		Arrays.stream(tables).forEach((table) -> byName.put(table.name().toLowerCase(Locale.ROOT), table));
		return new LiveSchema(byName);
	}

	private static LiveTable live(String name, String... columns) {
		Map<String, LiveColumn> byName = new LinkedHashMap<>();
		for (String column : columns) {
			byName.put(column.toLowerCase(Locale.ROOT),
					new LiveColumn(column, "varchar", Types.VARCHAR, 255, null, true, false));
		}
		return new LiveTable(name, byName);
	}

}
