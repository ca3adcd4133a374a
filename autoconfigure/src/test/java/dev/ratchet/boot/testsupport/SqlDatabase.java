package dev.ratchet.boot.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.ratchet.lock.LockState;
import dev.ratchet.lock.MigrationLocks;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

/**
 * A database of a test's own.
 */
public interface SqlDatabase extends AutoCloseable {

	/**
	 * Returns the JDBC URL, credentials included.
	 * @return the URL
	 */
	String url();

	/**
	 * Opens a connection to this database.
	 * @return a new connection
	 * @throws SQLException when the connection fails
	 */
	default Connection connect() throws SQLException {
		return DriverManager.getConnection(url());
	}

	/**
	 * Runs statements.
	 * @param statements the SQL statements
	 * @throws SQLException when one fails
	 */
	default void execute(String... statements) throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Runs a query.
	 * @param sql the query
	 * @return the first column of every row, as text
	 * @throws SQLException when it fails
	 */
	default List<String> query(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	/**
	 * Reads who holds the migration lock: a session holding the session lock, else a row of
	 * Liquibase's lock table.
	 * @return the lock
	 * @throws Exception when the database cannot be read
	 */
	default LockState migrationLock() throws Exception {
		try (Connection connection = connect()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			return MigrationLocks.read(database, Duration.ofMinutes(15), Instant.now());
		}
	}

	@Override
	void close();

	/**
	 * The databases integration tests run on.
	 */
	enum Engine {

		/** Embedded H2, in memory. */
		H2,

		/** PostgreSQL, see {@link PostgresDatabase}. */
		POSTGRESQL,

		/** MariaDB, see {@link MariaDbDatabase}; its DDL is not transactional. */
		MARIADB;

		/**
		 * Creates a new, empty database.
		 * @return the database
		 */
		public SqlDatabase create() {
			return switch (this) {
				case H2 -> H2Database.create();
				case POSTGRESQL -> PostgresDatabase.create();
				case MARIADB -> MariaDbDatabase.create();
			};
		}

		/**
		 * Picks the spelling of a piece of SQL for this database.
		 * @param standard the spelling on H2 and PostgreSQL
		 * @param mariaDb the spelling on MariaDB
		 * @return the one for this database
		 */
		public String sql(String standard, String mariaDb) {
			return (this == MARIADB) ? mariaDb : standard;
		}

		/**
		 * Returns the SQL expression naming the schema a test's tables are created in.
		 * @return {@code current_schema()}, or {@code database()} on MariaDB
		 */
		public String currentSchema() {
			return sql("current_schema()", "database()");
		}

	}

}
