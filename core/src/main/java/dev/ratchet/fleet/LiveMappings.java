package dev.ratchet.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the live instances of the fleet map, asked of each pending change that drops,
 * renames or retypes a table or column: a release still serving that maps it would break.
 */
public final class LiveMappings {

	private final List<FleetInstance> live;

	private final Instant now;

	private LiveMappings(List<FleetInstance> live, Instant now) {
		this.live = live;
		this.now = now;
	}

	/**
	 * Returns the mappings of the live instances among those recorded.
	 * @param recorded every recorded instance
	 * @param now the time now
	 * @param ttl {@code ratchet.fleet.ttl}
	 * @return the live mappings
	 */
	public static LiveMappings of(List<FleetInstance> recorded, Instant now, Duration ttl) {
		return new LiveMappings(recorded.stream().filter((instance) -> instance.live(now, ttl)).toList(), now);
	}

	/**
	 * Returns the mappings of no instance, where fleet features are off.
	 * @return no mappings
	 */
	public static LiveMappings none() {
		return new LiveMappings(List.of(), Instant.now());
	}

	/**
	 * Says which live releases map a table or column.
	 * @param table the table
	 * @param column the column, or {@code null} for the table
	 * @return one sentence naming each release, its hosts and when it was last seen, or empty
	 * when no live instance maps it
	 */
	public Optional<String> whoMaps(String table, String column) {
		Map<String, List<FleetInstance>> releases = new LinkedHashMap<>();
		for (FleetInstance instance : this.live) {
			if (instance.maps(table, column)) {
				releases.computeIfAbsent(instance.release(), (release) -> new ArrayList<>()).add(instance);
			}
		}
		if (releases.isEmpty()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		releases.forEach((release, instances) -> {
			TreeSet<String> hosts = new TreeSet<>();
			Instant last = Instant.EPOCH;
			for (FleetInstance instance : instances) {
				hosts.add(instance.host());
				last = instance.lastSeen().isAfter(last) ? instance.lastSeen() : last;
			}
			long seconds = Math.max(0, Duration.between(last, this.now).toSeconds());
			parts.add(release + " on " + instances.size() + ((instances.size() == 1) ? " instance" : " instances")
					+ " (" + String.join(", ", hosts) + "), last seen " + seconds + " s ago");
		});
		String target = (column != null) ? table + "." + column : table;
		return Optional.of(target + " is mapped by " + String.join("; ", parts) + ": finish that rollout first");
	}

}
