/**
 * Migration state: the changelog against DATABASECHANGELOG, the lock and the last run.
 */
package dev.ratchet.state;
