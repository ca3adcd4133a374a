package dev.ratchet.boot.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.ratchet.DatabaseProduct;

/**
 * The session variables that hold a database's lock and statement timeouts, read and set
 * for one connection: PostgreSQL {@code lock_timeout} and {@code statement_timeout};
 * MariaDB and MySQL {@code lock_wait_timeout} (metadata locks, so DDL) and
 * {@code innodb_lock_wait_timeout} (row locks), MariaDB {@code max_statement_time}, MySQL
 * {@code max_execution_time} (which limits only SELECT).
 */
enum SessionVariables {

	/** PostgreSQL: milliseconds, set with {@code set_config}. */
	POSTGRESQL {

		@Override
		Map<String, String> wanted(MigrationTimeouts timeouts) {
			Map<String, String> values = new LinkedHashMap<>();
			if (MigrationTimeouts.isSet(timeouts.lockTimeout())) {
				values.put("lock_timeout", timeouts.lockTimeout().toMillis() + "ms");
			}
			if (MigrationTimeouts.isSet(timeouts.statementTimeout())) {
				values.put("statement_timeout", timeouts.statementTimeout().toMillis() + "ms");
			}
			return values;
		}

		@Override
		String read(Connection connection, String name) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement("SELECT current_setting(?)")) {
				statement.setString(1, name);
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					return rows.getString(1);
				}
			}
		}

		@Override
		void write(Connection connection, String name, String value) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
				statement.setString(1, name);
				statement.setString(2, value);
				statement.execute();
			}
		}

	},

	/** MariaDB: whole seconds for lock waits, seconds with a fraction for statements. */
	MARIADB {

		@Override
		Map<String, String> wanted(MigrationTimeouts timeouts) {
			Map<String, String> values = lockWaits(timeouts);
			if (MigrationTimeouts.isSet(timeouts.statementTimeout())) {
				values.put("max_statement_time", String.format(Locale.ROOT, "%.3f",
						timeouts.statementTimeout().toMillis() / 1000.0));
			}
			return values;
		}

	},

	/** MySQL: whole seconds for lock waits, milliseconds for SELECT statements. */
	MYSQL {

		@Override
		Map<String, String> wanted(MigrationTimeouts timeouts) {
			Map<String, String> values = lockWaits(timeouts);
			if (MigrationTimeouts.isSet(timeouts.statementTimeout())) {
				values.put("max_execution_time", Long.toString(timeouts.statementTimeout().toMillis()));
			}
			return values;
		}

	};

	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

	/**
	 * Returns the variables of the database a connection is open on.
	 * @param connection the connection
	 * @return its variables, or {@code null} for a database whose timeouts Ratchet does not set
	 * @throws SQLException when the connection's metadata cannot be read
	 */
	static SessionVariables of(Connection connection) throws SQLException {
		return DatabaseProduct.of(connection).map((product) -> switch (product) {
			case POSTGRESQL -> POSTGRESQL;
			case MARIADB -> MARIADB;
			case MYSQL -> MYSQL;
		}).orElse(null);
	}

	/**
	 * Returns the values the timeouts ask for, by variable.
	 * @param timeouts the timeouts
	 * @return the values
	 */
	abstract Map<String, String> wanted(MigrationTimeouts timeouts);

	/**
	 * Sets the timeouts on a connection's session.
	 * @param connection the connection
	 * @param timeouts the timeouts
	 * @return the values the session had before, to be put back
	 * @throws SQLException when a variable cannot be read or set; those set before it are
	 * put back first
	 */
	Map<String, String> set(Connection connection, MigrationTimeouts timeouts) throws SQLException {
		Map<String, String> previous = new LinkedHashMap<>();
		try {
			for (Map.Entry<String, String> variable : wanted(timeouts).entrySet()) {
				String value = read(connection, variable.getKey());
				write(connection, variable.getKey(), variable.getValue());
				previous.put(variable.getKey(), value);
			}
			commitIfInTransaction(connection);
		}
		catch (SQLException ex) {
			try {
				restore(connection, previous);
			}
			catch (SQLException restoreFailure) {
				ex.addSuppressed(restoreFailure);
			}
			throw ex;
		}
		return previous;
	}

	/**
	 * Puts values read by {@link #set} back.
	 * @param connection the connection
	 * @param previous the values
	 * @throws SQLException when a variable cannot be set
	 */
	void restore(Connection connection, Map<String, String> previous) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.rollback();
		}
		for (Map.Entry<String, String> variable : previous.entrySet()) {
			write(connection, variable.getKey(), variable.getValue());
		}
		commitIfInTransaction(connection);
	}

	String read(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT @@SESSION." + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	void write(Connection connection, String name, String value) throws SQLException {
		if (!NUMBER.matcher(value).matches()) {
			throw new SQLException("Not a number for " + name + ": " + value);
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET SESSION " + name + " = " + value);
		}
	}

	private static Map<String, String> lockWaits(MigrationTimeouts timeouts) {
		Map<String, String> values = new LinkedHashMap<>();
		if (MigrationTimeouts.isSet(timeouts.lockTimeout())) {
			String seconds = Long.toString(wholeSeconds(timeouts.lockTimeout()));
			values.put("lock_wait_timeout", seconds);
			values.put("innodb_lock_wait_timeout", seconds);
		}
		return values;
	}

	private static long wholeSeconds(Duration timeout) {
		return Math.max(1, (timeout.toMillis() + 999) / 1000);
	}

	private static void commitIfInTransaction(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
	}

}
