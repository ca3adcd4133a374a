package dev.ratchet.boot.liquibase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;

import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What is judged at boot is the SQL Liquibase will send, on real PostgreSQL and MariaDB
 * databases: a changeset made destructive by its {@code modifySql}, by calling a routine
 * whose body destroys data, by a WHERE that is true for every row or by SQL assembled at
 * run time is blocked and leaves the database exactly as it was; its harmless look-alikes
 * start and do what they say.
 * <p>
 * Every case is a changelog {@code db/whatruns/<case>.yaml} that includes the base
 * release ({@code customer} and {@code orders}, applied and filled before the start) and
 * adds the pending changesets of the case.
 */
@ParameterizedClass
@EnumSource(names = { "POSTGRESQL", "MARIADB" })
class WhatRunsIntegrationTests {

	private static final String CREATE_PURGE_ORDERS_FUNCTION = "CREATE FUNCTION purge_orders() RETURNS void "
			+ "AS $$ BEGIN DELETE FROM orders; END $$ LANGUAGE plpgsql";

	private static final String CREATE_PURGE_ORDERS_PROCEDURE = "CREATE PROCEDURE purge_orders() "
			+ "BEGIN DELETE FROM orders; END";

	@Parameter
	Engine engine;

	private SqlDatabase database;

	private ApplicationContextRunner runner;

	static Stream<Blocked> destructiveCases() {
		return Stream.of(
				Case.of("modify-sql-replace").blocks("select-becomes-delete", "delete-without-where"),
				Case.of("modify-sql-append").blocks("add-column-drops-another", "drop-column"),
				Case.of("modify-sql-regexp").blocks("index-becomes-truncate", "truncate-table"),
				Case.of("modify-sql-dbms")
					.on(Engine.POSTGRESQL)
					.blocks("add-column-drops-another-on-postgresql", "drop-column"),
				Case.of("modify-sql-context")
					.with("spring.liquibase.contexts=prod")
					.blocks("delete-loses-where-in-prod", "delete-without-where"),
				// with no contexts set, Liquibase applies a modifySql of every context
				Case.of("modify-sql-context").blocks("delete-loses-where-in-prod", "delete-without-where"),
				Case.of("function-called").on(Engine.POSTGRESQL).blocks("call-purge-orders", "delete-without-where"),
				Case.of("procedure-called").on(Engine.POSTGRESQL).blocks("call-wipe", "truncate-table"),
				Case.of("sql-function-called").on(Engine.POSTGRESQL).blocks("call-clear-notes", "overwrite-column"),
				Case.of("function-performed")
					.on(Engine.POSTGRESQL)
					.blocks("perform-purge-orders", "delete-without-where"),
				Case.of("typed-procedure-called-postgresql")
					.on(Engine.POSTGRESQL)
					.blocks("call-purge-orders", "delete-without-where"),
				Case.of("typed-procedure-called-mariadb")
					.on(Engine.MARIADB)
					.blocks("call-purge-orders", "delete-without-where"),
				Case.of("existing-function-called")
					.on(Engine.POSTGRESQL)
					.after(CREATE_PURGE_ORDERS_FUNCTION)
					.blocks("call-existing-purge-orders", "delete-without-where"),
				Case.of("existing-procedure-called")
					.on(Engine.MARIADB)
					.after(CREATE_PURGE_ORDERS_PROCEDURE)
					.blocks("call-existing-purge-orders", "delete-without-where"),
				Case.of("update-to-null").blocks("clear-legacy-ref", "overwrite-column"),
				Case.of("update-to-constant").blocks("rename-everyone", "overwrite-column"),
				Case.of("delete-where-id-is-id").blocks("delete-where-always-true", "delete-without-where"),
				Case.of("update-where-null-or-not-null").blocks("update-where-always-true", "overwrite-column"),
				Case.of("delete-where-coalesce").blocks("delete-where-coalesce-is-itself", "delete-without-where"),
				Case.of("merge-on-true").on(Engine.POSTGRESQL).blocks("merge-deletes-every-order", "delete-without-where"),
				Case.of("load-update-data").blocks("load-customer-names", "overwrite-column"),
				Case.of("typed-update-without-where").blocks("update-every-name", "overwrite-column"),
				Case.of("execute-concatenation").on(Engine.POSTGRESQL).blocks("execute-assembled-delete", "dynamic-sql"),
				Case.of("execute-format").on(Engine.POSTGRESQL).blocks("execute-formatted-truncate", "dynamic-sql"),
				Case.of("prepare-concatenation").on(Engine.MARIADB).blocks("prepare-assembled-delete", "dynamic-sql"));
	}

	static Stream<Started> harmlessCases() {
		return Stream.of(
				Case.of("modify-sql-dbms")
					.on(Engine.MARIADB)
					.starts((database, engine) -> assertThat(customerColumns(database, engine))
						.containsExactly("id", "name", "legacy_ref", "nickname")),
				Case.of("modify-sql-context")
					.with("spring.liquibase.contexts=dev")
					.starts((database, engine) -> assertThat(database.query("select id from orders order by id"))
						.containsExactly("10", "12")),
				Case.of("routine-never-called-postgresql")
					.on(Engine.POSTGRESQL)
					.starts((database, engine) -> assertPurgeOrdersExistsAndOrdersAreIntact(database, engine)),
				Case.of("routine-never-called-mariadb")
					.on(Engine.MARIADB)
					.starts((database, engine) -> assertPurgeOrdersExistsAndOrdersAreIntact(database, engine)),
				Case.of("harmless-routine-called-postgresql")
					.on(Engine.POSTGRESQL)
					.starts((database, engine) -> assertThat(database.query("select id from orders order by id"))
						.containsExactly("10", "11", "12", "99")),
				Case.of("harmless-routine-called-mariadb")
					.on(Engine.MARIADB)
					.starts((database, engine) -> assertThat(database.query("select id from orders order by id"))
						.containsExactly("10", "11", "12", "99")),
				Case.of("modify-sql-collate")
					.on(Engine.POSTGRESQL)
					.starts((database, engine) -> assertThat(database.query("select collation_name "
							+ "from information_schema.columns where table_schema = current_schema() "
							+ "and table_name = 'customer' and column_name = 'nickname'"))
						.containsExactly("C")),
				Case.of("modify-sql-engine")
					.on(Engine.MARIADB)
					.starts((database, engine) -> assertThat(database.query("select engine from information_schema.tables "
							+ "where table_schema = database() and table_name = 'coupon'"))
						.containsExactly("InnoDB")),
				Case.of("modify-sql-same-type")
					.starts((database, engine) -> assertThat(customerColumns(database, engine))
						.containsExactly("id", "name", "legacy_ref", "nickname")),
				Case.of("backfill-new-column")
					.starts((database, engine) -> assertThat(database.query("select tier from customer order by id"))
						.containsExactly("basic", "basic", "basic")),
				Case.of("real-where").starts((database, engine) -> {
					assertThat(database.query("select name from customer order by id")).containsExactly("Ada", "Zed", "Cy");
					assertThat(database.query("select id from orders order by id")).containsExactly("10", "12");
				}),
				Case.of("insert-on-conflict")
					.on(Engine.POSTGRESQL)
					.starts((database, engine) -> assertThat(database.query("select name from customer order by id"))
						.containsExactly("Ada", "Bob", "Cy")),
				Case.of("insert-ignore")
					.on(Engine.MARIADB)
					.starts((database, engine) -> assertThat(database.query("select name from customer order by id"))
						.containsExactly("Ada", "Bob", "Cy")),
				Case.of("index-concurrently")
					.on(Engine.POSTGRESQL)
					.starts((database, engine) -> assertThat(database.query("select case when i.indisvalid "
							+ "then 'valid' else 'invalid' end from pg_index i join pg_class c on c.oid = i.indexrelid "
							+ "where c.relname = 'orders_note_idx'"))
						.containsExactly("valid")),
				Case.of("typed-update-with-where")
					.starts((database, engine) -> assertThat(database.query("select legacy_ref from customer order by id"))
						.containsExactly("L-1", "L-2", "L-3")),
				Case.of("load-data-new-table")
					.starts((database, engine) -> assertThat(database.query("select label from region order by code"))
						.containsExactly("Europe", "North America")));
	}

	@BeforeEach
	void createDatabase() {
		this.database = this.engine.create();
		this.runner = MigrationApps.on(this.database);
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Tag("case-matrix")
	@ParameterizedTest(name = "{0}")
	@MethodSource("destructiveCases")
	void whenWhatWillRunDestroysDataThenNothingRuns(Blocked blocked) throws Exception {
		Case pending = blocked.pending();
		assumeRunsHere(pending);
		onBaseRelease(pending);
		DatabaseState before = state();

		String description = this.engine + ": " + blocked;
		this.runner.withPropertyValues(pending.startProperties()).run((context) -> {
			assertThat(context).as(description).hasFailed();
			assertThat(context.getStartupFailure()).as(description)
				.rootCause()
				.isInstanceOf(MigrationBlockedException.class)
				.hasMessageContaining(blocked.finding());
		});

		assertThat(state()).as(description).usingRecursiveComparison().isEqualTo(before);
		assertThat(this.database.migrationLock().locked()).as(description).isFalse();
	}

	@Tag("case-matrix")
	@ParameterizedTest(name = "{0}")
	@MethodSource("harmlessCases")
	void whenItOnlyLooksDestructiveThenItRunsAndDoesWhatItSays(Started started) throws SQLException {
		Case pending = started.pending();
		assumeRunsHere(pending);
		onBaseRelease(pending);

		String description = this.engine + ": " + started;
		this.runner.withPropertyValues(pending.startProperties())
			.run((context) -> assertThat(context).as(description).hasNotFailed());

		assertThat(this.database.query("select count(*) from DATABASECHANGELOG where filename = '"
				+ pending.changeLog() + "'")).as(description).singleElement().isNotEqualTo("0");
		started.effect().verify(this.database, this.engine);
	}

	private void assumeRunsHere(Case pending) {
		assumeTrue(pending.engines().contains(this.engine),
				() -> pending.name() + " is a case for " + pending.engines() + " only");
	}

	private void onBaseRelease(Case pending) throws SQLException {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/whatruns/base.yaml")
			.run((context) -> assertThat(context).hasNotFailed());
		this.database.execute(
				"insert into customer (id, name, legacy_ref) values (1, 'Ada', 'L-1'), (2, 'Bob', 'L-2'), (3, 'Cy', null)",
				"insert into orders (id, customer_id, total, note) values (10, 1, 9.99, 'first'), (11, 2, 5.00, null), "
						+ "(12, 1, 20.00, 'gift')");
		this.database.execute(pending.setup().toArray(String[]::new));
	}

	private DatabaseState state() throws SQLException {
		return new DatabaseState(
				this.database.query("select concat(filename, '::', id, '::', author, ' ', md5sum, ' ', orderexecuted) "
						+ "from DATABASECHANGELOG order by orderexecuted"),
				this.database.query("select concat(table_name, '.', column_name, ' ', data_type, ' ', "
						+ "coalesce(character_maximum_length, numeric_precision, 0), ' ', is_nullable) "
						+ "from information_schema.columns where table_schema = " + this.engine.currentSchema()
						+ " and lower(table_name) not like 'databasechangelog%' order by 1"),
				this.database.query("select concat(routine_type, ' ', routine_name) from information_schema.routines "
						+ "where routine_schema = " + this.engine.currentSchema() + " order by 1"),
				rows("customer"), rows("orders"));
	}

	private List<String> rows(String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select * from " + table + " order by id")) {
			ResultSetMetaData columns = result.getMetaData();
			while (result.next()) {
				StringJoiner row = new StringJoiner(", ", "{", "}");
				for (int column = 1; column <= columns.getColumnCount(); column++) {
					row.add(columns.getColumnLabel(column).toLowerCase(Locale.ROOT) + "=" + result.getString(column));
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

	private static List<String> customerColumns(SqlDatabase database, Engine engine) throws SQLException {
		return database.query("select column_name from information_schema.columns where table_schema = "
				+ engine.currentSchema() + " and table_name = 'customer' order by ordinal_position");
	}

	private static void assertPurgeOrdersExistsAndOrdersAreIntact(SqlDatabase database, Engine engine)
			throws SQLException {
		assertThat(database.query("select routine_name from information_schema.routines where routine_schema = "
				+ engine.currentSchema())).containsExactly("purge_orders");
		assertThat(database.query("select id from orders order by id")).containsExactly("10", "11", "12");
	}

	/**
	 * A case: its changelog, the databases it exists on, the SQL run on the base release
	 * before the start and the properties of the start.
	 *
	 * @param name the name of the changelog in {@code db/whatruns}, without extension
	 * @param engines the databases the case exists on
	 * @param setup the statements run on the filled base release before the start
	 * @param properties the properties of the start, the changelog included
	 */
	record Case(String name, Set<Engine> engines, List<String> setup, List<String> properties) {

		static Case of(String name) {
			return new Case(name, EnumSet.of(Engine.POSTGRESQL, Engine.MARIADB), List.of(),
					List.of("spring.liquibase.change-log=classpath:db/whatruns/" + name + ".yaml"));
		}

		Case on(Engine engine) {
			return new Case(this.name, EnumSet.of(engine), this.setup, this.properties);
		}

		Case after(String... statements) {
			return new Case(this.name, this.engines, List.of(statements), this.properties);
		}

		Case with(String property) {
			List<String> more = new ArrayList<>(this.properties);
			more.add(property);
			return new Case(this.name, this.engines, this.setup, List.copyOf(more));
		}

		Blocked blocks(String changeSetId, String rule) {
			return new Blocked(this, changeSetId, rule);
		}

		Started starts(Effect effect) {
			return new Started(this, effect);
		}

		String changeLog() {
			return "db/whatruns/" + this.name + ".yaml";
		}

		String[] startProperties() {
			return this.properties.toArray(String[]::new);
		}

		String describe() {
			List<String> extra = this.properties.subList(1, this.properties.size());
			return this.name + (extra.isEmpty() ? "" : " with " + String.join(", ", extra));
		}

	}

	/**
	 * A case whose pending changeset must be blocked for a rule.
	 *
	 * @param pending the case
	 * @param changeSetId the id of the changeset that must be named
	 * @param rule the rule it must be blocked for
	 */
	record Blocked(Case pending, String changeSetId, String rule) {

		String finding() {
			return this.pending.changeLog() + "::" + this.changeSetId + "::ana [" + this.rule + "]";
		}

		@Override
		public String toString() {
			return this.pending.describe() + " is blocked: " + this.changeSetId + " [" + this.rule + "]";
		}

	}

	/**
	 * A case that must start, and what it must have done.
	 *
	 * @param pending the case
	 * @param effect checks what the case did
	 */
	record Started(Case pending, Effect effect) {

		@Override
		public String toString() {
			return this.pending.describe() + " starts";
		}

	}

	/**
	 * What a started case must have done to the database.
	 */
	@FunctionalInterface
	interface Effect {

		void verify(SqlDatabase database, Engine engine) throws SQLException;

	}

	/**
	 * Everything a blocked update must leave as it was.
	 *
	 * @param history the rows of DATABASECHANGELOG
	 * @param columns every column of the application's tables, with its type and nullability
	 * @param routines every function and procedure
	 * @param customers every row of {@code customer}, every column
	 * @param orders every row of {@code orders}, every column
	 */
	record DatabaseState(List<String> history, List<String> columns, List<String> routines, List<String> customers,
			List<String> orders) {
	}

}
