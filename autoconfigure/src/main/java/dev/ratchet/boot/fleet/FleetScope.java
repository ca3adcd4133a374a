package dev.ratchet.boot.fleet;

import java.time.Duration;
import java.util.Set;

/**
 * Where the fleet looks for what can be contracted.
 *
 * @param schema the schema the changelog's tables are in, {@code null} for the connection's
 * @param ownTables tables never contracted: Liquibase's
 * @param readEvery how often the schema is read for what no live instance maps
 * ({@code ratchet.refresh-interval}); heartbeats in between reuse the last reading
 */
public record FleetScope(String schema, Set<String> ownTables, Duration readEvery) {

	/**
	 * Creates a new instance.
	 */
	public FleetScope {
		ownTables = Set.copyOf(ownTables);
	}

}
