package dev.ratchet.lint;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import dev.ratchet.lint.sql.ColumnType;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The online-safety rules: which statements and typed changes lock an existing table on
 * PostgreSQL and on MariaDB, their online forms, and how their severity follows the table's
 * size at boot (and is {@code warn} in static lint).
 */
class OnlineRulesTests {

	private static final String CHANGELOG = "changelogs/online/";

	static LintPolicy withoutOnlineRules() {
		Map<Rule, Severity> off = new EnumMap<>(Rule.class);
		Arrays.stream(Rule.values()).filter(Rule::isOnline).forEach((rule) -> off.put(rule, Severity.OFF));
		return new LintPolicy(off, Approvals.none());
	}

	static Stream<Arguments> lockingStatements() {
		return Stream.of(
				Arguments.of("CREATE INDEX orders_note_idx ON orders (note)", "blocking-index"),
				Arguments.of("CREATE UNIQUE INDEX orders_ref_key ON orders (ref)", "blocking-index"),
				Arguments.of("DROP INDEX orders_note_idx", "blocking-index"),
				Arguments.of("ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) "
						+ "REFERENCES customer (id)", "validating-constraint"),
				Arguments.of("ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0)",
						"validating-constraint"),
				Arguments.of("ALTER TABLE orders ADD PRIMARY KEY (id)", "validating-constraint"),
				Arguments.of("ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE (ref)", "validating-constraint"),
				Arguments.of("ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid()", "table-rewrite"),
				Arguments.of("ALTER TABLE orders ADD COLUMN seq bigserial", "table-rewrite"),
				Arguments.of("ALTER TABLE orders ADD COLUMN n int GENERATED ALWAYS AS IDENTITY", "table-rewrite"),
				Arguments.of("ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) STORED",
						"table-rewrite"),
				Arguments.of("ALTER TABLE orders ALTER COLUMN quantity TYPE bigint", "table-rewrite"),
				Arguments.of("VACUUM FULL orders", "exclusive-maintenance"),
				Arguments.of("CLUSTER orders USING orders_pkey", "exclusive-maintenance"),
				Arguments.of("REINDEX TABLE orders", "exclusive-maintenance"),
				Arguments.of("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE", "exclusive-maintenance"));
	}

	static Stream<String> onlineForms() {
		return Stream.of("CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note)",
				"ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) "
						+ "NOT VALID",
				"ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk",
				"ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID",
				"ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE USING INDEX orders_ref_key",
				"ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_key",
				"ALTER TABLE orders ALTER COLUMN note TYPE varchar(200)",
				"ALTER TABLE orders ALTER COLUMN note TYPE text",
				"ALTER TABLE orders ALTER COLUMN total SET DATA TYPE numeric(14,2)",
				"ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now()",
				"ALTER TABLE orders ADD COLUMN status varchar(20) DEFAULT 'open'",
				"REINDEX INDEX CONCURRENTLY orders_note_idx", "VACUUM ANALYZE orders",
				"LOCK TABLE orders IN ROW EXCLUSIVE MODE");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lockingStatements")
	void aStatementThatLocksAnExistingTableIsReportedOnPostgresql(String sql, String rule) {
		assertThat(rules(lint(sql, "postgresql", true))).containsExactly(rule);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("onlineForms")
	void itsOnlineFormIsNotNorAnyOtherFinding(String sql) {
		assertThat(lintAll(sql, false)).isEmpty();
	}

	@Test
	void concurrentFormsOfAUniqueIndexAndADroppedIndexKeepOnlyTheirDataRulesWarning() {
		assertThat(lintAll("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_ref_key ON orders (ref)", false))
			.extracting((f) -> f.rule().id(), Finding::severity)
			.containsExactly(tuple("add-unique-constraint", Severity.WARN));
		assertThat(lintAll("DROP INDEX CONCURRENTLY IF EXISTS orders_note_idx", false))
			.extracting((f) -> f.rule().id(), Finding::severity)
			.containsExactly(tuple("drop-index", Severity.WARN));
	}

	@Test
	void concurrentlyInAChangesetThatRunsInATransactionFailsAtRunTime() {
		assertThat(rules(lint("CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note)", "postgresql", true)))
			.containsExactly("concurrent-index-in-transaction");
	}

	@Test
	void aTableCreatedEarlierInTheRunIsExempt() {
		assertThat(lint("CREATE TABLE orders (id int, note varchar(20)); CREATE INDEX orders_note_idx ON orders (note); "
				+ "ALTER TABLE orders ADD COLUMN seq bigserial", "postgresql", true)).isEmpty();
	}

	@Test
	void onMariaDbOnlyTheFormsThatLockThereAreReported() {
		assertThat(rules(lint("CREATE INDEX orders_note_idx ON orders (note)", "mariadb", true))).isEmpty();
		assertThat(rules(lint("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customer (id)",
				"mariadb", true))).containsExactly("validating-constraint");
		assertThat(rules(lint("LOCK TABLES orders WRITE", "mariadb", true))).containsExactly("exclusive-maintenance");
		assertThat(rules(lint("ALTER TABLE orders MODIFY quantity bigint", "mariadb", true)))
			.containsExactly("table-rewrite");
		assertThat(rules(lint("ALTER TABLE orders MODIFY note varchar(60)", "mariadb", true))).isEmpty();
		assertThat(rules(lint("ALTER TABLE orders MODIFY note varchar(100)", "mariadb", true)))
			.containsExactly("table-rewrite");
	}

	@Test
	void aTypeChangeIsJudgedByTheTypeTheColumnHadBefore() {
		assertThat(rules(lint("ALTER TABLE orders ALTER COLUMN note TYPE varchar(10)", "postgresql", true)))
			.containsExactly("modify-data-type", "table-rewrite");
		assertThat(rules(lint("ALTER TABLE orders ALTER COLUMN note TYPE int", "postgresql", true)))
			.containsExactly("modify-data-type", "table-rewrite");
		assertThat(rules(lint("ALTER TABLE orders ALTER COLUMN missing TYPE varchar(200)", "postgresql", true)))
			.containsExactly("modify-data-type");
		assertThat(lint("ALTER TABLE orders ALTER COLUMN note TYPE varchar(50)", "postgresql", true)).isEmpty();
	}

	@Test
	void theTypesASqlCreateTableGaveTheColumnsCountToo() {
		assertThat(lintAll("ALTER TABLE orders ALTER COLUMN note TYPE varchar(200)", "sql-created")).isEmpty();
		assertThat(lintAll("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2)", "sql-created")).isEmpty();
		assertThat(lintAll("ALTER TABLE orders ALTER COLUMN quantity TYPE bigint", "sql-created"))
			.extracting((f) -> f.rule().id()).containsExactly("table-rewrite");
		assertThat(lintAll("ALTER TABLE orders ALTER COLUMN note TYPE varchar(20)", "sql-created"))
			.extracting((f) -> f.rule().id()).containsExactly("modify-data-type", "table-rewrite");
	}

	@Test
	void typedChangesThatRenderToLockingStatementsAreReported() {
		List<ChangeSet> changeSets = ChangeLogs.parse("online/typed.yaml");
		LintReport report = new ChangeSetLinter(withoutDataRules()).lintEach(changeSets);
		assertThat(report.findings()).extracting((f) -> f.changeSet().id(), (f) -> f.rule().id())
			.containsExactly(tuple("create-index", "blocking-index"), tuple("drop-index", "blocking-index"),
					tuple("add-foreign-key", "validating-constraint"), tuple("add-primary-key", "validating-constraint"),
					tuple("add-unique-constraint", "validating-constraint"),
					tuple("add-auto-increment-column", "table-rewrite"), tuple("widen-quantity", "table-rewrite"),
					tuple("narrow-note", "table-rewrite"));
	}

	@Test
	void typedTypeChangesUseTheTypeTheChangelogGaveTheColumn() {
		List<ChangeSet> changeSets = ChangeLogs.parse("online/typed.yaml");
		LintReport report = new ChangeSetLinter(LintPolicy.defaults()).lintEach(changeSets);
		assertThat(report.findings()).filteredOn((f) -> f.changeSet().id().startsWith("widen") || f.changeSet().id().startsWith("narrow"))
			.extracting((f) -> f.changeSet().id(), (f) -> f.rule().id(), Finding::message)
			.containsExactly(tuple("widen-quantity", "table-rewrite",
					"changes the type of quantity from integer to bigint, which rewrites every row (at boot this "
							+ "blocks when the table has 100,000 rows or more)"),
					tuple("narrow-note", "modify-data-type", "changes the type of note from varchar(200) to varchar(10)"),
					tuple("narrow-note", "table-rewrite", "changes the type of note from varchar(200) to varchar(10), "
							+ "which rewrites every row (at boot this blocks when the table has 100,000 rows or more)"));
	}

	@Test
	void staticLintReportsThemAsWarnings() {
		LintReport report = new ChangeSetLinter(LintPolicy.defaults()).lintEach(ChangeLogs.parse("online/typed.yaml"));
		assertThat(report.findings()).filteredOn((f) -> f.rule().isOnline()).isNotEmpty()
			.allMatch((f) -> f.severity() == Severity.WARN)
			.allMatch((f) -> f.message().endsWith("(at boot this blocks when the table has 100,000 rows or more)"));
	}

	@Test
	void atBootTheyBlockOnALargeTableAndAreInformationOnASmallOne() throws Exception {
		TableCatalog sizes = tables(Map.of("orders", 250_000L, "customer", 12L));
		LintReport report = new ChangeSetLinter(new LintPolicy(Map.of(), Approvals.none(), 100_000),
				LintTarget.database(postgresql(), RoutineCatalog.none(), sizes))
			.lintRun(ChangeLogs.parse("online/sized.yaml"));
		assertThat(report.findings()).extracting((f) -> f.changeSet().id(), (f) -> f.rule().id(), Finding::severity)
			.containsExactly(tuple("index-orders", "blocking-index", Severity.BLOCK),
					tuple("index-customer", "blocking-index", Severity.INFO),
					tuple("index-unknown", "blocking-index", Severity.WARN));
		assertThat(report.findings().get(0).message()).endsWith(
				"(about 250,000 rows; blocks from 100,000, ratchet.online.large-table-rows)");
		assertThat(report.blocking()).hasSize(1);
		assertThat(report.warnings()).hasSize(1);
	}

	@Test
	void theSizesOfEveryTableAreReadOnceARun() throws Exception {
		List<Set<String>> reads = new java.util.ArrayList<>();
		TableCatalog counting = new TableCatalog() {

			@Override
			public Map<String, Long> rows(Set<String> tables, long enough) {
				reads.add(tables);
				return Map.of();
			}

			@Override
			public ColumnType columnType(String table, String column) {
				return null;
			}

		};
		new ChangeSetLinter(LintPolicy.defaults(), LintTarget.database(postgresql(), RoutineCatalog.none(), counting))
			.lintRun(ChangeLogs.parse("online/sized.yaml"));
		assertThat(reads).containsExactly(Set.of("orders", "customer", "audit"));
	}

	@Test
	void aConfiguredSeverityWinsOverTheTablesSize() throws Exception {
		LintReport report = new ChangeSetLinter(
				new LintPolicy(Map.of(Rule.BLOCKING_INDEX, Severity.WARN), Approvals.none(), 100_000),
				LintTarget.database(postgresql(), RoutineCatalog.none(), tables(Map.of("orders", 250_000L))))
			.lintRun(ChangeLogs.parse("online/sized.yaml"));
		assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.WARN);
	}

	@Test
	void setNotNullAfterAValidatedNotNullCheckIsTheOnlineRecipe() {
		String check = "ALTER TABLE orders ADD CONSTRAINT orders_note_nn CHECK (note IS NOT NULL) NOT VALID; ";
		String validate = "ALTER TABLE orders VALIDATE CONSTRAINT orders_note_nn; ";
		String setNotNull = "ALTER TABLE orders ALTER COLUMN note SET NOT NULL";
		assertThat(lintAll(check + validate + setNotNull, false)).isEmpty();
		assertThat(lintAll(check + validate + setNotNull)).extracting((f) -> f.rule().id(), Finding::target)
			.containsExactly(tuple("validating-constraint", "orders"));
		assertThat(lintAll("ALTER TABLE orders ADD CHECK ((note IS NOT NULL)); " + setNotNull))
			.extracting((f) -> f.rule().id(), Finding::target)
			.containsExactly(tuple("validating-constraint", "orders"));
		assertThat(lintAll(check + setNotNull)).extracting((f) -> f.rule().id(), Finding::target)
			.containsExactly(tuple("validating-constraint", "orders.note"));
		assertThat(lintAll(setNotNull)).extracting((f) -> f.rule().id())
			.containsExactly("add-not-null-constraint", "validating-constraint");
		assertThat(lintAll("ALTER TABLE orders ADD CONSTRAINT orders_note_nn CHECK (note IS NOT NULL OR ref IS NULL) "
				+ "NOT VALID; " + validate + setNotNull, false))
			.extracting((f) -> f.rule().id()).containsExactly("add-not-null-constraint", "validating-constraint");
		assertThat(lintAll(check + validate + "ALTER TABLE orders ALTER COLUMN ref SET NOT NULL", false))
			.extracting((f) -> f.rule().id())
			.containsExactly("add-not-null-constraint", "validating-constraint");
	}

	@Test
	void aNotNullCheckValidatedInAnEarlierChangesetCoversATypedAddNotNullConstraint() {
		LintReport report = new ChangeSetLinter(LintPolicy.defaults(), LintTarget.offline(List.of("postgresql")))
			.lintEach(ChangeLogs.parse("online/not-null.yaml"));
		assertThat(report.findings()).extracting((f) -> f.changeSet().id(), (f) -> f.rule().id())
			.containsExactly(tuple("set-other-not-null", "add-not-null-constraint"),
					tuple("set-other-not-null", "validating-constraint"));
	}

	@Test
	void atBootANotNullCheckInTheDatabaseCountsWithWhetherItIsValidated() throws Exception {
		String setNotNull = "ALTER TABLE orders ALTER COLUMN note SET NOT NULL";
		TableCatalog validated = tables(Map.of("orders", 250_000L), Map.of(), Map.of("orders_note_nn", true));
		assertThat(lintAtBoot(setNotNull, validated)).isEmpty();
		TableCatalog notValidated = tables(Map.of("orders", 250_000L), Map.of(), Map.of("orders_note_nn", false));
		assertThat(lintAtBoot(setNotNull, notValidated)).extracting((f) -> f.rule().id(), Finding::severity)
			.containsExactly(tuple("validating-constraint", Severity.BLOCK));
		assertThat(lintAtBoot("ALTER TABLE orders VALIDATE CONSTRAINT orders_note_nn; " + setNotNull, notValidated))
			.isEmpty();
	}

	@Test
	void atBootAStatementThatNamesOnlyAnIndexIsSizedByTheIndexsTable() throws Exception {
		TableCatalog catalog = tables(Map.of("orders", 250_000L), Map.of("orders_note_idx", "orders"), Map.of());
		assertThat(lintAtBoot("DROP INDEX orders_note_idx", catalog)).filteredOn((f) -> f.rule().isOnline())
			.extracting((f) -> f.rule().id(), Finding::severity, Finding::message)
			.containsExactly(tuple("blocking-index", Severity.BLOCK, "drops index orders_note_idx without CONCURRENTLY "
					+ "(about 250,000 rows; blocks from 100,000, ratchet.online.large-table-rows)"));
		assertThat(lintAtBoot("DROP INDEX other_idx", catalog)).filteredOn((f) -> f.rule().isOnline())
			.extracting(Finding::severity)
			.containsExactly(Severity.WARN);
	}

	private static List<Finding> lintAll(String sql) {
		return lintAll(sql, true);
	}

	private static List<Finding> lintAll(String sql, boolean inTransaction) {
		return lintAll(sql, inTransaction ? "in-transaction" : "no-transaction");
	}

	private static List<Finding> lintAll(String sql, String changeLog) {
		List<ChangeSet> changeSets = ChangeLogs.parse("online/" + changeLog + ".yaml");
		((RawSQLChange) changeSets.get(1).getChanges().get(0)).setSql(sql);
		return new ChangeSetLinter(LintPolicy.defaults(), LintTarget.offline(List.of("postgresql"))).lintEach(changeSets)
			.findings();
	}

	private static List<Finding> lintAtBoot(String sql, TableCatalog catalog) throws Exception {
		List<ChangeSet> changeSets = ChangeLogs.parse("online/in-transaction.yaml");
		((RawSQLChange) changeSets.get(1).getChanges().get(0)).setSql(sql);
		return new ChangeSetLinter(LintPolicy.defaults(), LintTarget.database(postgresql(), RoutineCatalog.none(), catalog))
			.lintRun(changeSets.subList(1, 2))
			.findings();
	}

	private static LintPolicy withoutDataRules() {
		Map<Rule, Severity> off = new EnumMap<>(Rule.class);
		Arrays.stream(Rule.values()).filter((rule) -> !rule.isOnline()).forEach((rule) -> off.put(rule, Severity.OFF));
		return new LintPolicy(off, Approvals.none());
	}

	/**
	 * Lints a statement in a changeset after the one that created {@code orders}, so the table
	 * is not exempt and its column types are known.
	 */
	private static List<Finding> lint(String sql, String dbms, boolean inTransaction) {
		List<ChangeSet> changeSets = ChangeLogs
			.parse("online/" + (inTransaction ? "in-transaction" : "no-transaction") + ".yaml");
		((RawSQLChange) changeSets.get(1).getChanges().get(0)).setSql(sql);
		return new ChangeSetLinter(LintPolicy.defaults(), LintTarget.offline(List.of(dbms))).lintEach(changeSets)
			.findings()
			.stream()
			.filter((f) -> f.rule().isOnline() || f.rule() == Rule.MODIFY_DATA_TYPE)
			.toList();
	}

	private static List<String> rules(List<Finding> findings) {
		return findings.stream().map((f) -> f.rule().id()).toList();
	}

	private static Database postgresql() throws Exception {
		return DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new OfflineConnection("offline:postgresql", new ClassLoaderResourceAccessor()));
	}

	private static TableCatalog tables(Map<String, Long> rows) {
		return tables(rows, Map.of(), Map.of());
	}

	private static TableCatalog tables(Map<String, Long> rows, Map<String, String> indexes,
			Map<String, Boolean> noteChecks) {
		return new TableCatalog() {

			@Override
			public Map<String, Long> rows(Set<String> tables, long enough) {
				return rows;
			}

			@Override
			public ColumnType columnType(String table, String column) {
				return null;
			}

			@Override
			public String tableOf(String index) {
				return indexes.get(index);
			}

			@Override
			public Map<String, Boolean> notNullChecks(String table, String column) {
				return (table.equals("orders") && column.equals("note")) ? noteChecks : Map.of();
			}

		};
	}

}
