package dev.ratchet.state;

import java.time.Duration;
import java.time.Instant;

/**
 * The Liquibase changelog lock.
 *
 * @param locked whether it is held
 * @param lockedBy who holds it, or {@code null}
 * @param lockedSince since when, or {@code null}
 * @param stale whether it has been held longer than the stale threshold
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
	 * Returns the state of a held lock.
	 * @param lockedBy who holds it
	 * @param lockedSince since when, may be {@code null}
	 * @param staleAfter how long a lock may be held before it is stale
	 * @param now the current time
	 * @return the state
	 */
	public static LockState held(String lockedBy, Instant lockedSince, Duration staleAfter, Instant now) {
		boolean stale = lockedSince != null && lockedSince.plus(staleAfter).isBefore(now);
		return new LockState(true, lockedBy, lockedSince, stale);
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
