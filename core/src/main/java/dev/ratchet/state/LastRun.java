package dev.ratchet.state;

import java.time.Instant;

/**
 * The boot-time update of this instance.
 *
 * @param startedAt when it started
 * @param durationMs how long it took, retries included
 * @param outcome how it ended
 * @param ran how many changesets ran
 * @param failedChangeSet the changeset that failed, {@code file::id::author}, or {@code null}
 * @param error the error, or {@code null}
 * @param lockTimeouts how often a statement of the update hit the lock timeout
 */
public record LastRun(Instant startedAt, long durationMs, RunOutcome outcome, int ran, String failedChangeSet,
		String error, int lockTimeouts) {

}
