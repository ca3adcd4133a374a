package dev.ratchet.boot.session;

/**
 * How an update keeps other instances from migrating at the same time
 * ({@code ratchet.lock.mode}).
 */
public enum LockMode {

	/**
	 * A database session lock held for the whole update (PostgreSQL advisory lock, MariaDB
	 * and MySQL {@code GET_LOCK}), released by the database when the session ends; Liquibase's
	 * lock table on other databases.
	 */
	SESSION,

	/** Liquibase's DATABASECHANGELOGLOCK row. */
	TABLE

}
