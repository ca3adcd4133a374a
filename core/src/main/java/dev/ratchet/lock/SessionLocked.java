package dev.ratchet.lock;

import java.sql.SQLException;

/**
 * A connection whose session holds the migration's {@link SessionLock}. Liquibase, given
 * such a connection, takes no lock of its own ({@link SessionLockService}); a lock left in
 * Liquibase's lock table by a release in {@code table} mode is treated as the settings say.
 */
public interface SessionLocked {

	/**
	 * Returns how the update treats a lock left in Liquibase's lock table.
	 * @return the settings
	 */
	LockSettings lockSettings();

	/**
	 * Checks that the database session the connection's statements run on holds the lock.
	 * @throws SQLException when it does not, as behind a transaction-pooling proxy, or when
	 * the database cannot be read
	 */
	void verifyLockHeld() throws SQLException;

}
