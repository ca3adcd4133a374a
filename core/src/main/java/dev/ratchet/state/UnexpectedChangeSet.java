package dev.ratchet.state;

import java.time.Instant;

/**
 * A changeset recorded in DATABASECHANGELOG that the changelog does not contain.
 *
 * @param changeSet the changeset, {@code file::id::author}
 * @param dateExecuted when it ran
 */
public record UnexpectedChangeSet(String changeSet, Instant dateExecuted) {

}
