package dev.ratchet.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.ratchet.Identifiers;
import dev.ratchet.drift.EntityModel;
import dev.ratchet.drift.MappedColumn;
import dev.ratchet.drift.MappedTable;

/**
 * A running instance of an application, as it records itself in the fleet table.
 *
 * @param id the instance's id, generated at its start
 * @param application its {@code spring.application.name}
 * @param version its release version, {@code unknown} when it has none
 * @param host the host it runs on
 * @param startedAt when it started
 * @param lastSeen its last heartbeat
 * @param mapped what its entities map: folded table names and {@code table.column} keys
 */
public record FleetInstance(String id, String application, String version, String host, Instant startedAt,
		Instant lastSeen, Set<String> mapped) {

	/**
	 * Creates a new instance.
	 */
	public FleetInstance {
		Objects.requireNonNull(id, "id");
		mapped = Set.copyOf(mapped);
	}

	/**
	 * Returns the keys of what an entity model maps.
	 * @param model the model
	 * @return folded table names and {@code table.column} keys, sorted
	 */
	public static Set<String> mappedBy(EntityModel model) {
		Set<String> mapped = new TreeSet<>();
		for (MappedTable table : model.tables()) {
			mapped.add(Identifiers.key(table.name()));
			for (MappedColumn column : table.columns()) {
				mapped.add(Identifiers.columnKey(table.name(), column.name()));
			}
		}
		return mapped;
	}

	/**
	 * Returns whether the instance is live: its last heartbeat is younger than the TTL.
	 * @param now the time now
	 * @param ttl {@code ratchet.fleet.ttl}
	 * @return whether it is live
	 */
	public boolean live(Instant now, Duration ttl) {
		return this.lastSeen != null && this.lastSeen.isAfter(now.minus(ttl));
	}

	/**
	 * Returns whether the instance maps a table, or a column of it.
	 * @param table the table
	 * @param column the column, or {@code null} for the table itself
	 * @return whether it maps it
	 */
	public boolean maps(String table, String column) {
		return this.mapped.contains((column != null) ? Identifiers.columnKey(table, column) : Identifiers.key(table));
	}

	/**
	 * Returns the release this instance runs, as findings name it.
	 * @return {@code application version}
	 */
	public String release() {
		return this.application + " " + this.version;
	}

}
