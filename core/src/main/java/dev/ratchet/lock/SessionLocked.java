package dev.ratchet.lock;

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

}
