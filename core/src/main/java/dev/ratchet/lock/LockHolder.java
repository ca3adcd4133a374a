package dev.ratchet.lock;

import java.time.Instant;

/**
 * The session holding a migration lock.
 *
 * @param description who it is: the session id, the application name and client address
 * where the database knows them
 * @param since when the session started, or {@code null} when the database does not say
 */
public record LockHolder(String description, Instant since) {
}
