package dev.ratchet.boot.session;

import java.sql.SQLException;

import dev.ratchet.Causes;

/**
 * Tells a statement that gave up waiting for a lock from other failures: PostgreSQL
 * SQLSTATE {@code 55P03} (lock not available), MariaDB and MySQL error 1205 (lock wait
 * timeout exceeded), H2 error 50200 (timeout trying to lock a table).
 */
public final class LockTimeouts {

	private static final String POSTGRESQL_LOCK_NOT_AVAILABLE = "55P03";

	private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

	private static final int H2_LOCK_TIMEOUT = 50200;

	private LockTimeouts() {
	}

	/**
	 * Returns whether a failure was caused by a lock timeout.
	 * @param failure the failure
	 * @return whether a lock wait timed out
	 */
	public static boolean causedBy(Throwable failure) {
		return Causes.chain(failure)
			.stream()
			.anyMatch((cause) -> cause instanceof SQLException sql && isLockTimeout(sql));
	}

	private static boolean isLockTimeout(SQLException ex) {
		for (SQLException next = ex; next != null; next = next.getNextException()) {
			if (POSTGRESQL_LOCK_NOT_AVAILABLE.equals(next.getSQLState())
					|| next.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT || next.getErrorCode() == H2_LOCK_TIMEOUT) {
				return true;
			}
		}
		return false;
	}

}
