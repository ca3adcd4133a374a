package dev.ratchet.state;

/**
 * An applied changeset that was edited afterwards.
 *
 * @param changeSet the changeset, {@code file::id::author}
 * @param storedChecksum the checksum recorded when it ran
 * @param currentChecksum the checksum of the changeset as the changelog has it now
 */
public record ChecksumMismatch(String changeSet, String storedChecksum, String currentChecksum) {

}
