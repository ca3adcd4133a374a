/**
 * The session the boot-time update migrates on: its lock against other instances and its
 * lock and statement timeouts.
 */
package dev.ratchet.boot.session;
