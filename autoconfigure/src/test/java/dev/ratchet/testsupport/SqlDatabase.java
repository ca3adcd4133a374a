package dev.ratchet.testsupport;

import java.sql.SQLException;
import java.util.List;

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
	 * Runs statements.
	 * @param statements the SQL statements
	 * @throws SQLException when one fails
	 */
	void execute(String... statements) throws SQLException;

	/**
	 * Runs a query.
	 * @param sql the query
	 * @return the first column of every row, as text
	 * @throws SQLException when it fails
	 */
	List<String> query(String sql) throws SQLException;

	@Override
	void close();

	/**
	 * The databases integration tests run on.
	 */
	enum Engine {

		/** Embedded H2, in memory. */
		H2,

		/** PostgreSQL, see {@link PostgresDatabase}. */
		POSTGRESQL;

		/**
		 * Creates a new, empty database.
		 * @return the database
		 */
		public SqlDatabase create() {
			return (this == H2) ? H2Database.create() : PostgresDatabase.create();
		}

	}

}
