package dev.ratchet.lock;

import java.time.Duration;

/**
 * A connection whose session holds the migration's {@link SessionLock}. Liquibase, given
 * such a connection, takes no lock of its own ({@link SessionLockService}).
 */
public interface SessionLocked {

	/**
	 * Returns how long to wait for a lock left in Liquibase's lock table by a release in
	 * {@code table} mode.
	 * @return the wait
	 */
	Duration tableLockWait();

	/**
	 * Returns how long such a lock may be held before it is stale.
	 * @return the duration
	 */
	Duration staleAfter();

	/**
	 * Returns whether a lock older than {@link #staleAfter()} is released.
	 * @return whether it is
	 */
	boolean releaseStale();

}
