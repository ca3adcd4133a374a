package dev.ratchet.boot.fleet;

import java.time.Instant;
import java.util.List;

import dev.ratchet.fleet.Contractable;
import dev.ratchet.fleet.FleetInstance;

/**
 * The fleet as the last heartbeat saw it.
 *
 * @param checkedAt when it was read
 * @param self this instance's id
 * @param instances the live instances, this one included
 * @param contractable the tables and columns no live instance maps
 * @param suggestedContractChangeLog the changelog that drops them, or {@code null} when there
 * is nothing to drop
 */
public record FleetSnapshot(Instant checkedAt, String self, List<FleetInstance> instances,
		List<Contractable> contractable, String suggestedContractChangeLog) {

	/**
	 * Creates a new instance.
	 */
	public FleetSnapshot {
		instances = List.copyOf(instances);
		contractable = List.copyOf(contractable);
	}

}
