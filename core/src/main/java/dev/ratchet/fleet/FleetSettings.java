package dev.ratchet.fleet;

import java.time.Duration;
import java.util.Objects;

/**
 * How an instance takes part in the fleet ({@code ratchet.fleet.*}).
 *
 * @param enabled whether it registers and checks pending drops against live instances
 * @param table Ratchet's table of instances
 * @param heartbeat how often it refreshes its row
 * @param ttl how old a last heartbeat may be for its instance to be live
 * @param forgetAfter how long rows of instances gone are kept
 * @param version the release version configured, or {@code null} to take build-info's
 */
public record FleetSettings(boolean enabled, FleetTable table, Duration heartbeat, Duration ttl, Duration forgetAfter,
		String version) {

	/**
	 * Creates a new instance.
	 */
	public FleetSettings {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(heartbeat, "heartbeat");
		Objects.requireNonNull(ttl, "ttl");
		Objects.requireNonNull(forgetAfter, "forgetAfter");
	}

	/**
	 * Returns the settings of an instance that keeps out of the fleet.
	 * @return settings with fleet features off
	 */
	public static FleetSettings off() {
		return new FleetSettings(false, new FleetTable("ratchet_instance"), Duration.ofSeconds(30),
				Duration.ofMinutes(2), Duration.ofDays(7), null);
	}

}
