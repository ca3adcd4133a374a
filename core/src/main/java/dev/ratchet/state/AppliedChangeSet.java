package dev.ratchet.state;

import java.time.Instant;

/**
 * A row of DATABASECHANGELOG.
 *
 * @param changeSet the changeset, {@code file::id::author}
 * @param dateExecuted when it ran
 * @param execType how it ran, such as {@code EXECUTED} or {@code MARK_RAN}
 * @param checksum the stored checksum, or {@code null}
 */
public record AppliedChangeSet(String changeSet, Instant dateExecuted, String execType, String checksum) {

}
