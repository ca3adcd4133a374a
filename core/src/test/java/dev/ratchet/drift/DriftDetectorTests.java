package dev.ratchet.drift;

import java.sql.JDBCType;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Tests for {@link DriftDetector}, on schemas and entity models built by hand.
 */
class DriftDetectorTests {

	private final DriftDetector detector = new DriftDetector();

	@Test
	void reportsNothingWhenEntitiesAndDatabaseAgree() {
		EntityModel entities = entities(mapped("AppUser", "app_user", id(), text("email", 100, false)));
		LiveSchema schema = schema(live("app_user", liveId(), varchar("email", 100, false)));
		assertThat(this.detector.detect(entities, schema)).isEmpty();
	}

	@Test
	void reportsAMissingTableOnceAsAnErrorWithoutAColumn() {
		EntityModel entities = entities(mapped("AuditEntry", "audit_entry", id(), text("message", 255, true)));
		assertThat(this.detector.detect(entities, schema())).containsExactly(
				new DriftItem(DriftKind.MISSING_TABLE, DriftSeverity.ERROR, "audit_entry", null, "AuditEntry", null, null, null));
	}

	@Test
	void reportsAMissingColumnAsAnErrorWithTheMappedType() {
		EntityModel entities = entities(mapped("AppUser", "app_user", id(), text("phone", 32, true)));
		LiveSchema schema = schema(live("app_user", liveId()));
		assertThat(this.detector.detect(entities, schema)).containsExactly(
				new DriftItem(DriftKind.MISSING_COLUMN, DriftSeverity.ERROR, "app_user", "phone", "AppUser", null, "varchar(32)", null));
	}

	@Test
	void reportsATypeMismatchWhenTheFamilyDiffers() {
		EntityModel entities = entities(mapped("Order", "orders", id(),
				new MappedColumn("quantity", Types.INTEGER, "integer", null, null, null, true, null)));
		LiveSchema schema = schema(live("orders", liveId(), varchar("quantity", 20, true)));
		assertThat(this.detector.detect(entities, schema)).containsExactly(
				new DriftItem(DriftKind.TYPE_MISMATCH, DriftSeverity.ERROR, "orders", "quantity", "Order", null, "integer", "varchar(20)"));
	}

	@Test
	void reportsALengthMismatchWhenTheEntityAllowsLongerStrings() {
		EntityModel entities = entities(mapped("AppUser", "app_user", id(), text("email", 255, true)));
		LiveSchema schema = schema(live("app_user", liveId(), varchar("email", 100, true)));
		assertThat(this.detector.detect(entities, schema)).containsExactly(new DriftItem(DriftKind.LENGTH_MISMATCH, DriftSeverity.ERROR,
				"app_user", "email", "AppUser", null, "varchar(255)", "varchar(100)"));
	}

	@Test
	void checksNoLengthAgainstUnboundedTextOrForEnums() {
		MappedColumn status = new MappedColumn("status", Types.VARCHAR, "varchar(255)", 255, null, null, true,
				"STRING");
		EntityModel entities = entities(mapped("Note", "note", id(), text("body", 100000, true), status));
		LiveSchema schema = schema(live("note", liveId(), new LiveColumn("body", "text", Types.VARCHAR, 65535, null,
				true, false), varchar("status", 20, true)));
		assertThat(this.detector.detect(entities, schema)).isEmpty();
	}

	@Test
	void reportsANullableEntityOverANotNullColumnWithoutDefaultAsAnError() {
		EntityModel entities = entities(mapped("AppUser", "app_user", id(), text("name", 50, true)));
		LiveSchema schema = schema(live("app_user", liveId(), varchar("name", 50, false)));
		assertThat(this.detector.detect(entities, schema)).containsExactly(new DriftItem(DriftKind.NULLABLE_MISMATCH, DriftSeverity.ERROR,
				"app_user", "name", "AppUser", null, "nullable", "not null"));
	}

	@Test
	void acceptsANullableEntityOverANotNullColumnWithADefault() {
		EntityModel entities = entities(mapped("AppUser", "app_user", id(), text("name", 50, true)));
		LiveSchema schema = schema(
				live("app_user", liveId(), new LiveColumn("name", "varchar", Types.VARCHAR, 50, null, false, true)));
		assertThat(this.detector.detect(entities, schema)).isEmpty();
	}

	@Test
	void reportsANotNullEntityOverANullableColumnAsAWarning() {
		EntityModel entities = entities(mapped("AppUser", "app_user", id(), text("name", 50, false)));
		LiveSchema schema = schema(live("app_user", liveId(), varchar("name", 50, true)));
		assertThat(this.detector.detect(entities, schema)).containsExactly(new DriftItem(DriftKind.NULLABLE_MISMATCH, DriftSeverity.WARN,
				"app_user", "name", "AppUser", null, "not null", "nullable"));
	}

	@Test
	void reportsAnUnmappedNotNullColumnWithoutDefaultAsAnError() {
		EntityModel entities = entities(mapped("AppUser", "app_user", id()));
		LiveSchema schema = schema(live("app_user", liveId(), varchar("tenant", 20, false)));
		assertThat(this.detector.detect(entities, schema)).containsExactly(new DriftItem(DriftKind.UNMAPPED_REQUIRED_COLUMN,
				DriftSeverity.ERROR, "app_user", "tenant", "AppUser", null, null, "varchar(20) not null"));
	}

	@Test
	void reportsRetiredAndDefaultedColumnsOnlyAsInfo() {
		EntityModel entities = entities(mapped("AppUser", "app_user", id()));
		LiveSchema schema = schema(live("app_user", liveId(), varchar("legacy_ref", 30, true),
				new LiveColumn("created", "timestamp", Types.TIMESTAMP, 29, 6, false, true)));
		assertThat(this.detector.detect(entities, schema)).containsExactly(
				new DriftItem(DriftKind.EXTRA_COLUMN, DriftSeverity.INFO, "app_user", "created", "AppUser", null, null, "timestamp"),
				new DriftItem(DriftKind.EXTRA_COLUMN, DriftSeverity.INFO, "app_user", "legacy_ref", "AppUser", null, null, "varchar(30)"));
	}

	@Test
	void reportsAnUnmappedTableAsInfo() {
		LiveSchema schema = schema(live("old_report", liveId()));
		assertThat(this.detector.detect(entities(), schema))
			.containsExactly(new DriftItem(DriftKind.EXTRA_TABLE, DriftSeverity.INFO, "old_report", null, null, null, null, null));
	}

	@Test
	void ignoresLiquibaseTablesByDefault() {
		LiveSchema schema = schema(live("DATABASECHANGELOG", varchar("ID", 255, false)),
				live("DATABASECHANGELOGLOCK", liveId()));
		assertThat(this.detector.detect(entities(), schema)).isEmpty();
	}

	@Test
	void ignoresExactlyTheGivenTablesWhenTold() {
		EntityModel entities = entities(mapped("Legacy", "legacy", id(), text("name", 10, true)));
		LiveSchema schema = schema(live("databasechangelog", liveId()), live("flyway_schema_history", liveId()));
		assertThat(this.detector.detect(entities, schema, Set.of("FLYWAY_SCHEMA_HISTORY", "legacy")))
			.extracting((item) -> item.kind().id(), DriftItem::table)
			.containsExactly(tuple("extra-table", "databasechangelog"));
	}

	@Test
	void comparesNamesIgnoringCaseAndQuotes() {
		EntityModel entities = entities(mapped("AppUser", "\"app_user\"", id(), text("`email`", 100, false)));
		LiveSchema schema = schema(live("APP_USER", new LiveColumn("ID", "BIGINT", Types.BIGINT, 64, 0, false, true),
				new LiveColumn("EMAIL", "CHARACTER VARYING", Types.VARCHAR, 100, null, false, false)));
		assertThat(this.detector.detect(entities, schema)).isEmpty();
	}

	@Test
	void treatsAColumnThatAnyEntityOfASharedTableMapsAsMapped() {
		MappedTable payment = mapped("Payment", "payment", id(), text("dtype", 31, false));
		MappedTable card = mapped("CardPayment", "payment", id(), text("dtype", 31, false), text("card_number", 19,
				true));
		MappedTable transfer = mapped("TransferPayment", "PAYMENT", id(), text("dtype", 31, false),
				text("iban", 34, true));
		LiveSchema schema = schema(live("payment", liveId(), varchar("dtype", 31, false),
				varchar("card_number", 19, true), varchar("iban", 34, true)));
		assertThat(this.detector.detect(entities(payment, card, transfer), schema)).isEmpty();
	}

	@Test
	void treatsAColumnAsNullableWhenAnyMappingSaysSo() {
		MappedTable strict = mapped("Invoice", "invoice", id(), text("note", 50, false));
		MappedTable lenient = mapped("DraftInvoice", "invoice", id(), text("note", 50, true));
		LiveSchema required = schema(live("invoice", liveId(), varchar("note", 50, false)));
		LiveSchema optional = schema(live("invoice", liveId(), varchar("note", 50, true)));
		assertThat(this.detector.detect(entities(strict, lenient), required))
			.extracting((item) -> item.kind().id(), (item) -> item.severity().id(), DriftItem::entity)
			.containsExactly(tuple("nullable-mismatch", "error", "DraftInvoice"));
		assertThat(this.detector.detect(entities(strict, lenient), optional)).isEmpty();
	}

	@Test
	void ordersItemsByTableThenColumnThenKind() {
		EntityModel entities = entities(
				mapped("Zebra", "zebra", id(), new MappedColumn("b", Types.INTEGER, "integer", null, null, null, true,
						null), text("a", 10, true)),
				mapped("Apple", "apple", id()));
		LiveSchema schema = schema(live("zebra", liveId(), varchar("b", 10, false), varchar("c", 10, true)),
				live("mango", liveId()));
		assertThat(this.detector.detect(entities, schema))
			.extracting(DriftItem::table, DriftItem::column, (item) -> item.kind().id())
			.containsExactly(tuple("apple", null, "missing-table"), tuple("mango", null, "extra-table"),
					tuple("zebra", "a", "missing-column"), tuple("zebra", "b", "nullable-mismatch"),
					tuple("zebra", "b", "type-mismatch"), tuple("zebra", "c", "extra-column"));
	}

	@ParameterizedTest(name = "{0}: {2} ({1}) in {3} ({4}, size {5})")
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"H2         | BIGINT                  | bigint                      | BIGINT                   | BIGINT        | 64",
			"PostgreSQL | BIGINT                  | bigint                      | int8                     | BIGINT        | 19",
			"MariaDB    | BIGINT                  | bigint                      | BIGINT                   | BIGINT        | 19",
			"PostgreSQL | INTEGER                 | integer                     | serial                   | INTEGER       | 10",
			"MariaDB    | INTEGER                 | integer                     | INT UNSIGNED             | INTEGER       | 10",
			"H2         | VARCHAR                 | varchar(255)                | CHARACTER VARYING        | VARCHAR       | 255",
			"PostgreSQL | VARCHAR                 | varchar(36)                 | bpchar                   | CHAR          | 36",
			"MariaDB    | VARCHAR                 | varchar(255)                | LONGTEXT                 | LONGVARCHAR   | 2147483647",
			"PostgreSQL | BOOLEAN                 | boolean                     | bool                     | BIT           | 1",
			"MariaDB    | BOOLEAN                 | bit                         | BOOLEAN                  | BOOLEAN       | 3",
			"MariaDB    | BOOLEAN                 | bit                         | BIT                      | BIT           | 1",
			"MariaDB    | BOOLEAN                 | bit                         | TINYINT                  | TINYINT       | 1",
			"PostgreSQL | TIMESTAMP_WITH_TIMEZONE | timestamp(6) with time zone | timestamptz              | TIMESTAMP     | 35",
			"H2         | TIMESTAMP_WITH_TIMEZONE | timestamp(6) with time zone | TIMESTAMP WITH TIME ZONE | TIMESTAMP_WITH_TIMEZONE | 32",
			"MariaDB    | TIMESTAMP               | datetime(6)                 | DATETIME                 | TIMESTAMP     | 26",
			"PostgreSQL | TIME_WITH_TIMEZONE      | time with time zone         | timetz                   | TIME          | 21",
			"H2         | 3000                    | uuid                        | UUID                     | BINARY        | 16",
			"MariaDB    | 3000                    | uuid                        | UUID                     | OTHER         | null",
			"MariaDB    | 3000                    | char(36)                    | CHAR                     | CHAR          | 36",
			"MariaDB    | 3000                    | binary(16)                  | BINARY                   | BINARY        | 16",
			"PostgreSQL | 3001                    | jsonb                       | jsonb                    | OTHER         | 2147483647",
			"MariaDB    | 3001                    | json                        | LONGTEXT                 | LONGVARCHAR   | 2147483647",
			"PostgreSQL | VARBINARY               | bytea                       | bytea                    | BINARY        | 2147483647",
			"MariaDB    | VARBINARY               | varbinary(255)              | LONGBLOB                 | LONGVARBINARY | 2147483647",
			"MariaDB    | 6000                    | enum ('A','B')              | ENUM                     | VARCHAR       | 1",
			"H2         | 6000                    | enum ('A','B')              | ENUM('A', 'B')           | OTHER         | 1",
			"PostgreSQL | TINYINT                 | smallint                    | int2                     | SMALLINT      | 5",
			"MariaDB    | TINYINT                 | tinyint                     | TINYINT                  | TINYINT       | 3",
			"PostgreSQL | 3004                    | oid                         | oid                      | BIGINT        | 10",
			"PostgreSQL | 3015                    | interval second(6)          | interval                 | OTHER         | 49" })
	void reportsNoDriftForEquivalentTypesAcrossDialects(String database, String mappedCode, String sqlType,
			String typeName, String liveCode, Integer size) {
		MappedColumn mapped = new MappedColumn("value", code(mappedCode), sqlType, null, null, null, true, null);
		LiveColumn live = new LiveColumn("value", typeName, code(liveCode), size, null, true, false);
		assertThat(this.detector.detect(entities(mapped("Thing", "thing", mapped)), schema(live("thing", live))))
			.isEmpty();
	}

	@Test
	void detectsInTimeLinearInTheNumberOfColumns() {
		int columns = 50_000;
		List<MappedColumn> mappedColumns = new ArrayList<>(columns);
		List<LiveColumn> liveColumns = new ArrayList<>(columns);
		for (int i = 0; i < columns; i++) {
			mappedColumns.add(text("c" + i, 10, true));
			liveColumns.add(varchar("c" + (i + columns / 2), 10, true));
		}
		List<MappedTable> mappedTables = new ArrayList<>(List.of(new MappedTable("Wide", "wide", mappedColumns)));
		Map<String, LiveTable> liveTables = new LinkedHashMap<>();
		liveTables.put("wide", new LiveTable("wide", byName(liveColumns)));
		for (int i = 0; i < columns; i++) {
			mappedTables.add(mapped("T" + i, "t" + i, id()));
			liveTables.put("t" + i, live("t" + i, liveId()));
		}
		EntityModel entities = new EntityModel(mappedTables);
		LiveSchema schema = new LiveSchema(liveTables);
		List<DriftItem> drift = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> this.detector.detect(entities, schema));
		assertThat(drift).hasSize(columns);
	}

	private static EntityModel entities(MappedTable... tables) {
		return new EntityModel(List.of(tables));
	}

	private static MappedTable mapped(String entity, String name, MappedColumn... columns) {
		return new MappedTable(entity, name, List.of(columns));
	}

	private static MappedColumn id() {
		return new MappedColumn("id", Types.BIGINT, "bigint", null, null, null, false, null);
	}

	private static MappedColumn text(String name, int length, boolean nullable) {
		return new MappedColumn(name, Types.VARCHAR, "varchar(" + length + ")", length, null, null, nullable, null);
	}

	private static LiveSchema schema(LiveTable... tables) {
		Map<String, LiveTable> byName = new LinkedHashMap<>();
		Arrays.stream(tables).forEach((table) -> byName.put(table.name().toLowerCase(Locale.ROOT), table));
		return new LiveSchema(byName);
	}

	private static LiveTable live(String name, LiveColumn... columns) {
		return new LiveTable(name, byName(List.of(columns)));
	}

	private static Map<String, LiveColumn> byName(List<LiveColumn> columns) {
		Map<String, LiveColumn> byName = new LinkedHashMap<>();
		columns.forEach((column) -> byName.put(column.name().toLowerCase(Locale.ROOT), column));
		return byName;
	}

	private static LiveColumn liveId() {
		return new LiveColumn("id", "bigint", Types.BIGINT, 19, 0, false, true);
	}

	private static LiveColumn varchar(String name, int size, boolean nullable) {
		return new LiveColumn(name, "varchar", Types.VARCHAR, size, null, nullable, false);
	}

	private static int code(String jdbcType) {
		return Character.isDigit(jdbcType.charAt(0)) ? Integer.parseInt(jdbcType)
				: JDBCType.valueOf(jdbcType).getVendorTypeNumber();
	}

}
