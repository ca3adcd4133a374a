/**
 * This instance in the fleet: its row in Ratchet's table of instances, its heartbeat, and
 * the snapshot of the live instances and of what no live release maps any more.
 */
package dev.ratchet.boot.fleet;
