package dev.ratchet.lock;

import java.time.Duration;
import java.util.Objects;

/**
 * How an update treats the changelog lock: how long it waits for one held by another
 * instance, when a held lock counts as stale, and whether a stale one is released.
 *
 * @param lockWait how long to wait for the lock ({@code ratchet.migration.lock-wait})
 * @param staleAfter how long a lock may be held before it is stale
 * ({@code ratchet.lock.stale-after})
 * @param releaseStale whether a stale lock is released ({@code ratchet.lock.release-stale})
 */
public record LockSettings(Duration lockWait, Duration staleAfter, boolean releaseStale) {

	/**
	 * Creates a new instance.
	 */
	public LockSettings {
		Objects.requireNonNull(lockWait, "lockWait");
		Objects.requireNonNull(staleAfter, "staleAfter");
	}

}
