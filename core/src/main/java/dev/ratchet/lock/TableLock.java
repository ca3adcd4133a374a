package dev.ratchet.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.SnapshotGeneratorFactory;

/**
 * The row of Liquibase's changelog lock table, as a release in {@code table} mode (or an
 * older release) left it.
 *
 * @param lockedBy who took it, as Liquibase writes it: {@code host (address)}
 * @param granted when, or {@code null}
 */
public record TableLock(String lockedBy, Instant granted) {

	/**
	 * Reads the lock table of a database.
	 * @param database the database, connected
	 * @return the lock, or empty when the table does not exist or the lock is free
	 * @throws Exception when the table cannot be read
	 */
	public static Optional<TableLock> read(Database database) throws Exception {
		if (!SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogLockTable(database)) {
			return Optional.empty();
		}
		try (PreparedStatement statement = connection(database)
			.prepareStatement("SELECT LOCKED, LOCKGRANTED, LOCKEDBY FROM " + table(database) + " WHERE ID = 1");
				ResultSet row = statement.executeQuery()) {
			if (!row.next() || !row.getBoolean(1)) {
				return Optional.empty();
			}
			Timestamp granted = row.getTimestamp(2);
			return Optional.of(new TableLock(row.getString(3), (granted != null) ? granted.toInstant() : null));
		}
	}

	/**
	 * Frees the lock row of a database.
	 * @param database the database, connected
	 * @throws SQLException when the row cannot be written
	 */
	public static void release(Database database) throws SQLException {
		Connection connection = connection(database);
		try (PreparedStatement statement = connection.prepareStatement(
				"UPDATE " + table(database) + " SET LOCKED = ?, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1")) {
			statement.setBoolean(1, false);
			statement.executeUpdate();
		}
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
	}

	/**
	 * Returns whether the lock is stale: held longer than {@code staleAfter}, or taken by a
	 * host no session of the database comes from any more.
	 * @param sessions the database's session lock, to see who is connected; {@code null}
	 * where the database has none
	 * @param staleAfter how long the lock may be held
	 * @param now the current time
	 * @return whether it is stale
	 * @throws SQLException when the sessions cannot be read
	 */
	public boolean stale(SessionLock sessions, Duration staleAfter, Instant now) throws SQLException {
		return olderThan(staleAfter, now) || (sessions != null && holderGone(sessions));
	}

	/**
	 * Returns whether the lock has been held longer than a duration.
	 * @param staleAfter the duration
	 * @param now the current time
	 * @return whether it has
	 */
	public boolean olderThan(Duration staleAfter, Instant now) {
		return this.granted != null && this.granted.plus(staleAfter).isBefore(now);
	}

	/**
	 * Returns whether no session comes from the host that took the lock any more.
	 * @param sessions the database's session lock
	 * @return whether the holder is gone; {@code false} when the host cannot be told
	 * @throws SQLException when the sessions cannot be read
	 */
	public boolean holderGone(SessionLock sessions) throws SQLException {
		String host = host();
		return host != null && !sessions.connectedFrom(host);
	}

	/**
	 * Returns the address Liquibase wrote in parentheses after the host name.
	 * @return the address, or {@code null}
	 */
	String host() {
		if (this.lockedBy == null) {
			return null;
		}
		int open = this.lockedBy.lastIndexOf('(');
		int close = this.lockedBy.lastIndexOf(')');
		return (open >= 0 && close > open + 1) ? this.lockedBy.substring(open + 1, close).trim() : null;
	}

	private static Connection connection(Database database) {
		return ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
	}

	private static String table(Database database) {
		return database.escapeTableName(database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName(),
				database.getDatabaseChangeLogLockTableName());
	}

}
