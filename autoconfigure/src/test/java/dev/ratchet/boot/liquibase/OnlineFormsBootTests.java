package dev.ratchet.boot.liquibase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.PostgresDatabase;
import dev.ratchet.lint.oracle.FormChangeLog;
import dev.ratchet.lint.oracle.OnlineForm;
import dev.ratchet.lint.oracle.OnlineForms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement form the lock oracle checks against PostgreSQL ({@link OnlineForms}), at
 * boot on PostgreSQL: a form that locks a table while it rewrites, scans or indexes it is
 * blocked on a table above {@code ratchet.online.large-table-rows}, with every row, column,
 * index and constraint as it was; on a table below it, it runs and its finding is logged as
 * a note; a safe form runs on a large table without an online finding. The other rules a
 * form triggers (such as {@code add-not-null-constraint}) are set to warn, so that the size
 * alone decides. Each case runs in a schema of its own.
 */
@Tag("case-matrix")
@ExtendWith(OutputCaptureExtension.class)
class OnlineFormsBootTests {

	private static final int LARGE = 2_000;

	private static final int SMALL = 10;

	private static final String CONCURRENT = "concurrent-index-in-transaction";

	private static final List<String> ONLINE_RULES = List.of("blocking-index", CONCURRENT, "validating-constraint",
			"table-rewrite", "exclusive-maintenance");

	private static final AtomicInteger schemas = new AtomicInteger();

	private static PostgresDatabase database;

	@BeforeAll
	static void createDatabase() {
		database = PostgresDatabase.create();
	}

	@AfterAll
	static void dropDatabase() {
		if (database != null) {
			database.close();
		}
	}

	static Stream<OnlineForm> lockingForms() {
		return OnlineForms.all().stream().filter((form) -> !form.isSafe());
	}

	static Stream<OnlineForm> sizedForms() {
		return lockingForms().filter((form) -> !form.rules().equals(Set.of(CONCURRENT)));
	}

	static Stream<OnlineForm> safeForms() {
		return OnlineForms.all().stream().filter(OnlineForm::isSafe);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lockingForms")
	void onALargeTableTheFormIsBlockedAndNothingChanges(OnlineForm form) throws SQLException {
		String schema = schema(LARGE);
		String before = fingerprint(schema);
		start(schema, form).run((context) -> {
			assertThat(context).as(form.name()).hasFailed();
			Throwable failure = context.getStartupFailure();
			assertThat(failure).as(form.name()).rootCause().isInstanceOf(MigrationBlockedException.class);
			for (String rule : form.rules()) {
				assertThat(failure).as(form.name()).rootCause().hasMessageContaining("[" + rule + "]");
			}
			if (!form.rules().equals(Set.of(CONCURRENT))) {
				assertThat(failure).as(form.name())
					.rootCause()
					.hasMessageContaining("(about 2,000 rows; blocks from 1,000, ratchet.online.large-table-rows)");
			}
		});
		assertThat(fingerprint(schema)).as(form.name() + ": the tables after the blocked start").isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sizedForms")
	void onASmallTableTheFormRunsAndItsFindingIsANote(OnlineForm form, CapturedOutput output) throws SQLException {
		String schema = schema(SMALL);
		int logged = output.getAll().length();
		start(schema, form).run((context) -> assertThat(context).as(form.name()).hasNotFailed());
		assertThat(ran(schema, form)).as(form.name()).isEqualTo(FormChangeLog.of(form).changeSets().size());
		String log = output.getAll().substring(logged);
		for (String rule : form.rules()) {
			assertThat(log).as(form.name()).containsPattern("Note: .*\\[" + rule + "\\] .*about 10 rows");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("safeForms")
	void aSafeFormRunsOnALargeTableWithoutAnOnlineFinding(OnlineForm form, CapturedOutput output) throws SQLException {
		String schema = schema(LARGE);
		int logged = output.getAll().length();
		start(schema, form).run((context) -> assertThat(context).as(form.name()).hasNotFailed());
		assertThat(ran(schema, form)).as(form.name()).isEqualTo(FormChangeLog.of(form).changeSets().size());
		String log = output.getAll().substring(logged);
		for (String rule : ONLINE_RULES) {
			assertThat(log).as(form.name()).doesNotContain("[" + rule + "]");
		}
	}

	private ApplicationContextRunner start(String schema, OnlineForm form) {
		return MigrationApps.on(url(schema))
			.withPropertyValues("spring.datasource.hikari.maximum-pool-size=2",
					"spring.liquibase.change-log=classpath:" + form.path(), "ratchet.online.large-table-rows=1000",
					"ratchet.validation.rules.add-not-null-constraint=warn", "ratchet.validation.rules.modify-data-type=warn",
					"ratchet.validation.rules.drop-primary-key=warn", "ratchet.validation.rules.add-required-column=warn");
	}

	/**
	 * Creates a schema with the forms' tables, filled with a number of rows and analyzed.
	 */
	private static String schema(int rows) throws SQLException {
		String schema = "form_" + schemas.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(url(schema));
				Statement statement = connection.createStatement()) {
			statement.execute("create schema " + schema);
			statement.execute("set search_path to " + schema);
			for (String sql : OnlineForms.fixture(rows)) {
				statement.execute(sql);
			}
			statement.execute("analyze");
		}
		return schema;
	}

	/**
	 * Describes every table of a schema: its columns, indexes, constraints and the file
	 * holding its rows, and a digest of the rows.
	 */
	private static String fingerprint(String schema) throws SQLException {
		List<String> parts = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url(schema));
				Statement statement = connection.createStatement()) {
			parts.addAll(rows(statement, "select c.relname || ':' || c.relfilenode || ':' || c.relkind::text from pg_class c "
					+ "join pg_namespace n on n.oid = c.relnamespace where n.nspname = '" + schema + "' order by 1"));
			parts.addAll(rows(statement, "select table_name || '.' || column_name || ':' || data_type || ':' || is_nullable "
					+ "|| ':' || coalesce(column_default, '') from information_schema.columns where table_schema = '"
					+ schema + "' order by 1"));
			parts.addAll(rows(statement, "select conrelid::regclass || ':' || conname || ':' || convalidated "
					+ "from pg_constraint k join pg_namespace n on n.oid = k.connamespace where n.nspname = '" + schema
					+ "' order by 1"));
			for (String table : List.of("customer", "orders", "audit")) {
				parts.addAll(rows(statement, "select count(*) || ':' || md5(string_agg(t::text, ',' order by t::text)) from "
						+ schema + "." + table + " t"));
			}
		}
		return String.join("\n", parts);
	}

	private static int ran(String schema, OnlineForm form) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(schema));
				Statement statement = connection.createStatement()) {
			List<String> count = rows(statement, "select count(*) from " + schema + ".databasechangelog where filename = '"
					+ form.path() + "'");
			return Integer.parseInt(count.get(0));
		}
	}

	private static List<String> rows(Statement statement, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private static String url(String schema) {
		String url = database.url();
		return url + ((url.indexOf('?') >= 0) ? "&" : "?") + "currentSchema=" + schema;
	}

}
