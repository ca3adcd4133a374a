/**
 * The migration state snapshot: the store readers get immutable states from, what reads
 * them from the databases, the refresher and the readiness that waits for the first one.
 */
package dev.ratchet.boot.snapshot;
