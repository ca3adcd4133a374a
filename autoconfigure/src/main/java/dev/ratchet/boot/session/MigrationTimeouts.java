package dev.ratchet.boot.session;

import java.time.Duration;

/**
 * How long the migration session waits, and how often an update that waited too long for
 * a lock is tried again.
 *
 * @param lockTimeout how long a statement waits for a lock, or {@code null} or zero to
 * leave the database's setting
 * @param statementTimeout how long a statement may run, or {@code null} for no limit
 * @param lockRetries how often an update that failed on the lock timeout is retried
 */
public record MigrationTimeouts(Duration lockTimeout, Duration statementTimeout, int lockRetries) {

	private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);

	/**
	 * Returns whether the session needs any setting.
	 * @return whether a lock or statement timeout is set
	 */
	public boolean sessionSettings() {
		return isSet(this.lockTimeout) || isSet(this.statementTimeout);
	}

	/**
	 * Returns how long to wait before a retry: one second, doubled for every retry before it,
	 * at most thirty seconds.
	 * @param retry the retry, from 1
	 * @return the wait
	 */
	public static Duration backoff(int retry) {
		Duration wait = Duration.ofSeconds(1L << Math.min(retry - 1, 5));
		return (wait.compareTo(LONGEST_BACKOFF) > 0) ? LONGEST_BACKOFF : wait;
	}

	public static boolean isSet(Duration timeout) {
		return timeout != null && !timeout.isZero();
	}

}
