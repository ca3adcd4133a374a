/**
 * Micrometer meters on the migration state, the boot-time update and compat mode.
 */
package dev.ratchet.boot.metrics;
