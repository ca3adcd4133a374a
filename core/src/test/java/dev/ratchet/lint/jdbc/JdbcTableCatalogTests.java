package dev.ratchet.lint.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import dev.ratchet.lint.TableCatalog;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JdbcTableCatalog}: a table's columns are read from that table of the
 * current schema alone, though metadata calls take names as patterns in which {@code _}
 * matches any character.
 */
class JdbcTableCatalogTests {

	@Test
	void readsTheColumnsOfTheTableNamedOnPostgresqlNotOfOnesItsNameMatchesAsAPattern() throws Exception {
		String url = System.getenv("RATCHET_TEST_POSTGRES_URL");
		Assumptions.assumeTrue(url != null && !url.isBlank(),
				"PostgreSQL tests skipped: set RATCHET_TEST_POSTGRES_URL");
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String current = "s_" + suffix;
		String lookalike = "sx" + suffix;
		try (Connection connection = DriverManager.getConnection(url)) {
			try {
				execute(connection, "create schema " + current, "create schema " + lookalike,
						"set search_path to " + current, "create table a_b (id int)",
						"create table axb (id int, wrong_table varchar(5))",
						"create table " + lookalike + ".a_b (id int, wrong_schema varchar(5))");
				TableCatalog catalog = JdbcTableCatalog.of(DatabaseFactory.getInstance()
					.findCorrectDatabaseImplementation(new JdbcConnection(connection)));
				assertThat(catalog.columnType("a_b", "id")).isNotNull();
				assertThat(catalog.columnType("a_b", "wrong_table")).isNull();
				assertThat(catalog.columnType("a_b", "wrong_schema")).isNull();
			}
			finally {
				execute(connection, "drop schema if exists " + current + " cascade",
						"drop schema if exists " + lookalike + " cascade");
			}
		}
	}

	@Test
	void readsTheColumnsOfTheTableNamedOnH2NotOfOnesItsNameMatchesAsAPattern() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:catalog" + UUID.randomUUID())) {
			execute(connection, "create schema a_b", "create schema axb", "set schema a_b", "create table a_b (id int)",
					"create table axb (id int, wrong_table varchar(5))",
					"create table axb.a_b (id int, wrong_schema varchar(5))");
			TableCatalog catalog = JdbcTableCatalog.of(DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection)));
			assertThat(catalog.columnType("a_b", "id")).isNotNull();
			assertThat(catalog.columnType("a_b", "wrong_table")).isNull();
			assertThat(catalog.columnType("a_b", "wrong_schema")).isNull();
		}
	}

	private static void execute(Connection connection, String... statements) throws SQLException {
		for (String sql : statements) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}
	}

}
