package dev.ratchet.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import dev.ratchet.DatabaseProduct;

/**
 * A database session lock on one changelog: PostgreSQL's advisory lock, MariaDB's and
 * MySQL's {@code GET_LOCK}. It belongs to the session that takes it, so the database
 * releases it when that session ends, however it ends.
 */
public abstract sealed class SessionLock permits PostgresSessionLock, MySqlSessionLock {

	/**
	 * Returns the session lock of a changelog on a connection's database.
	 * @param connection the session that takes, releases or inspects the lock
	 * @param catalog the changelog's catalog, {@code null} for the connection's
	 * @param schema the changelog's schema, {@code null} for the connection's
	 * @param lockTable the name of the changelog lock table, part of the lock's name
	 * @return the lock, or empty on a database without session locks
	 * @throws SQLException when the connection cannot be read
	 */
	public static Optional<SessionLock> of(Connection connection, String catalog, String schema, String lockTable)
			throws SQLException {
		Optional<DatabaseProduct> product = DatabaseProduct.of(connection);
		if (product.isEmpty()) {
			return Optional.empty();
		}
		String table = lockTable.toLowerCase(Locale.ROOT);
		if (product.get() == DatabaseProduct.POSTGRESQL) {
			String where = (schema != null) ? schema : connection.getSchema();
			return Optional.of(new PostgresSessionLock(connection, name(where, table)));
		}
		String where = (catalog != null) ? catalog : connection.getCatalog();
		return Optional.of(new MySqlSessionLock(connection, name(where, table)));
	}

	private static String name(String where, String lockTable) {
		return "ratchet:" + ((where != null) ? where.toLowerCase(Locale.ROOT) : "") + "." + lockTable;
	}

	/**
	 * Tries to take the lock without waiting.
	 * @return whether this session holds it now
	 * @throws SQLException when the database refuses
	 */
	public abstract boolean tryAcquire() throws SQLException;

	/**
	 * Releases the lock this session holds.
	 * @throws SQLException when the database refuses, or says this session did not hold it
	 */
	public abstract void release() throws SQLException;

	/**
	 * Returns whether the session the next statement runs on holds the lock. It is not the
	 * session that took it when a transaction-pooling proxy (PgBouncer in {@code transaction}
	 * mode, for one) hands statements of one connection to different database sessions.
	 * @return whether it holds the lock
	 * @throws SQLException when the database cannot be read
	 */
	public abstract boolean heldHere() throws SQLException;

	/**
	 * Returns the id of the database session the next statement runs on.
	 * @return the session id, such as PostgreSQL's backend pid
	 * @throws SQLException when the database cannot be read
	 */
	public abstract String sessionId() throws SQLException;

	/**
	 * Returns the session that holds the lock, whichever it is.
	 * @return the holder, or empty when nobody holds it
	 * @throws SQLException when the database cannot be read
	 */
	public abstract Optional<LockHolder> holder() throws SQLException;

	/**
	 * Returns whether a session other than this one is connected from a host.
	 * @param host a host name or address, as Liquibase writes it into the lock table
	 * @return whether such a session exists
	 * @throws SQLException when the database cannot be read
	 */
	public abstract boolean connectedFrom(String host) throws SQLException;

}
