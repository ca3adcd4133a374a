package dev.ratchet.lock;

import java.time.Duration;
import java.time.Instant;

/**
 * The migration lock: the session lock an update holds, else the row of Liquibase's lock
 * table.
 *
 * @param locked whether it is held
 * @param lockedBy who holds it, or {@code null}
 * @param lockedSince since when, or {@code null}
 * @param stale whether it is stale: held longer than the stale threshold, or a lock-table row
 * whose holder has no session any more
 */
public record LockState(boolean locked, String lockedBy, Instant lockedSince, boolean stale) {

	private static final LockState FREE = new LockState(false, null, null, false);

	/**
	 * Returns the state of a lock that is not held.
	 * @return the free lock
	 */
	public static LockState free() {
		return FREE;
	}

	/**
	 * Returns how long the lock has been held.
	 * @param now the current time
	 * @return the age, zero when free or unknown
	 */
	public Duration age(Instant now) {
		return (this.locked && this.lockedSince != null) ? Duration.between(this.lockedSince, now) : Duration.ZERO;
	}

}
