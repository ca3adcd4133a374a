package dev.ratchet.sample.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh database of its own for one test, created by a {@link TestServer} and reachable
 * by the application processes the test starts. Closing it drops it.
 */
final class TestDatabase implements AutoCloseable {

	private final TestServer server;

	private final String serverUrl;

	private final String name;

	private final String url;

	TestDatabase(TestServer server, String serverUrl, String name, String url) {
		this.server = server;
		this.serverUrl = serverUrl;
		this.name = name;
		this.url = url;
	}

	/**
	 * Returns the server this database is on.
	 * @return the server
	 */
	TestServer server() {
		return this.server;
	}

	/**
	 * Returns the JDBC URL of this database, credentials included as parameters.
	 * @return the URL
	 */
	String url() {
		return this.url;
	}

	/**
	 * Runs a query on this database.
	 * @param sql the query
	 * @return the first column of every row, as text
	 * @throws SQLException when it fails
	 */
	List<String> query(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	/**
	 * Counts the applied changesets, zero while the changelog table does not exist yet.
	 * @return the number of applied changesets
	 */
	int appliedChangeSets() {
		try {
			return Integer.parseInt(query("select count(*) from " + this.server.changeLogTable()).get(0));
		}
		catch (SQLException ex) {
			return 0;
		}
	}

	/**
	 * Returns a column of the changelog table, one row per applied changeset.
	 * @param column the column, such as {@code id}
	 * @return its values, ordered by changeset id
	 * @throws SQLException when the query fails
	 */
	List<String> changeLog(String column) throws SQLException {
		return query("select " + column + " from " + this.server.changeLogTable() + " order by id");
	}

	/**
	 * Returns whether the changelog lock is held.
	 * @return the {@code locked} flag of each row of the lock table
	 * @throws SQLException when the query fails
	 */
	List<Boolean> locked() throws SQLException {
		List<Boolean> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select locked from " + this.server.lockTable())) {
			while (result.next()) {
				rows.add(result.getBoolean(1));
			}
		}
		return rows;
	}

	/**
	 * Returns who holds the changelog lock.
	 * @return the {@code lockedby} value of the first row of the lock table
	 * @throws SQLException when the query fails
	 */
	String lockedBy() throws SQLException {
		return query("select lockedby from " + this.server.lockTable()).get(0);
	}

	/**
	 * Returns the tables of this database whose name starts with a prefix.
	 * @param prefix the prefix
	 * @return their names, sorted
	 * @throws SQLException when the query fails
	 */
	List<String> tables(String prefix) throws SQLException {
		return query("select table_name from information_schema.tables where table_schema = "
				+ this.server.schema() + " and table_name like '" + prefix + "%' order by table_name");
	}

	/**
	 * Returns the columns of a table of this database.
	 * @param table the table
	 * @return their names, sorted
	 * @throws SQLException when the query fails
	 */
	List<String> columns(String table) throws SQLException {
		return query("select column_name from information_schema.columns where table_schema = "
				+ this.server.schema() + " and table_name = '" + table + "' order by column_name");
	}

	/**
	 * Returns the session that holds the migration's session lock.
	 * @return its id, or {@code null} when the lock is free
	 */
	String migrationLockHolder() {
		try {
			List<String> rows = query(this.server.migrationLockHolder());
			return rows.isEmpty() ? null : rows.get(0);
		}
		catch (SQLException ex) {
			return null;
		}
	}

	/**
	 * Waits until a session of this database runs a changeset's sleep statement.
	 * @param timeout how long to wait
	 * @return the session's id
	 * @throws Exception when none does in time
	 */
	String awaitSleepingSession(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			List<String> sessions = query(this.server.sleepingSession());
			if (!sessions.isEmpty()) {
				return sessions.get(0);
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("No changeset of " + this + " was sleeping within " + timeout);
	}

	/**
	 * Ends a session, as a failover or a network cut does.
	 * @param session the session id
	 * @throws SQLException when the server refuses
	 */
	void terminate(String session) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement()) {
			statement.execute(this.server.terminate(session));
		}
	}

	/**
	 * Returns whether Liquibase's lock table exists.
	 * @return whether it does
	 * @throws SQLException when the query fails
	 */
	boolean hasLockTable() throws SQLException {
		return !query("select table_name from information_schema.tables where table_schema = " + this.server.schema()
				+ " and table_name = '" + this.server.lockTable() + "'").isEmpty();
	}

	@Override
	public void close() {
		this.server.drop(this.serverUrl, this.name);
	}

	@Override
	public String toString() {
		return this.name + " on " + this.server;
	}

}
