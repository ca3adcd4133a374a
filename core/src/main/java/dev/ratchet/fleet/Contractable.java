package dev.ratchet.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ratchet.Identifiers;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.LiveTable;

/**
 * A table or column in the database that no live instance maps, so that dropping it breaks
 * no release still serving: what can be contracted now.
 *
 * @param table the table
 * @param column the column, or {@code null} when no live instance maps the table at all
 * @param lastMappedBy the release of the instance that mapped it last, among those gone but
 * not forgotten, or {@code null} when none is known
 * @param unmappedSince when that instance was last seen, or {@code null}
 */
public record Contractable(String table, String column, String lastMappedBy, Instant unmappedSince) {

	/**
	 * Lists what the database has and no live instance maps. Nothing is listed while no live
	 * instance has recorded what it maps: without one, everything would look unmapped.
	 * @param schema the database's tables and columns
	 * @param recorded every recorded instance
	 * @param now the time now
	 * @param ttl {@code ratchet.fleet.ttl}
	 * @param ownTables tables that are never contracted: Liquibase's and Ratchet's own
	 * @return the tables and columns, in the schema's order
	 */
	public static List<Contractable> of(LiveSchema schema, List<FleetInstance> recorded, Instant now, Duration ttl,
			Set<String> ownTables) {
		List<FleetInstance> live = recorded.stream().filter((instance) -> instance.live(now, ttl)).toList();
		List<FleetInstance> gone = recorded.stream().filter((instance) -> !instance.live(now, ttl)).toList();
		List<Contractable> contractable = new ArrayList<>();
		if (live.stream().allMatch((instance) -> instance.mapped().isEmpty())) {
			return contractable;
		}
		Set<String> own = ownTables.stream().map(Identifiers::key).collect(Collectors.toSet());
		for (LiveTable table : schema.tables().values()) {
			if (own.contains(Identifiers.key(table.name()))) {
				continue;
			}
			if (live.stream().noneMatch((instance) -> instance.maps(table.name(), null))) {
				contractable.add(lastMapped(table.name(), null, gone));
				continue;
			}
			for (String column : table.columns().keySet()) {
				String name = table.columns().get(column).name();
				if (live.stream().noneMatch((instance) -> instance.maps(table.name(), name))) {
					contractable.add(lastMapped(table.name(), name, gone));
				}
			}
		}
		return contractable;
	}

	private static Contractable lastMapped(String table, String column, List<FleetInstance> gone) {
		Optional<FleetInstance> last = gone.stream()
			.filter((instance) -> instance.maps(table, column))
			.max(Comparator.comparing(FleetInstance::lastSeen));
		return new Contractable(table, column, last.map(FleetInstance::release).orElse(null),
				last.map(FleetInstance::lastSeen).orElse(null));
	}

}
