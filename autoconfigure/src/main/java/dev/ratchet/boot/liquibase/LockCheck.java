package dev.ratchet.boot.liquibase;

import java.sql.SQLException;

import dev.ratchet.lock.SessionLocked;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;

/**
 * Checks, before a changeset runs and at most once a second, that the migration session's
 * statements still run on the database session that holds the migration lock: behind a
 * transaction-pooling proxy they may not, and the update must stop rather than run unguarded.
 */
final class LockCheck {

	private static final long INTERVAL_NANOS = 1_000_000_000L;

	private long last;

	private boolean checked;

	/**
	 * Checks the lock if a second has passed since the last check.
	 * @param database the database the changeset runs on
	 * @throws IllegalStateException when the session does not hold the lock, its cause a
	 * {@code MigrationLockNotHeldException}
	 */
	void beforeChangeSet(Database database) {
		long now = System.nanoTime();
		if ((this.checked && now - this.last < INTERVAL_NANOS) || !(database.getConnection() instanceof JdbcConnection jdbc)
				|| !(jdbc.getUnderlyingConnection() instanceof SessionLocked locked)) {
			return;
		}
		this.checked = true;
		this.last = now;
		try {
			locked.verifyLockHeld();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

}
