package dev.ratchet.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.Identifiers;
import dev.ratchet.compat.CompatState.DegradedColumn;
import dev.ratchet.compat.CompatState.UnavailableEntity;
import dev.ratchet.compat.EntityTables.KeyColumn;
import dev.ratchet.compat.EntityTables.TableColumn;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.LiveTable;

/**
 * What compat mode degrades when the live schema lags behind the entities. A table that
 * is missing, or lacks an identifier, version or discriminator column, is unusable, and so
 * is every entity whose SQL touches it; any other missing column is degraded: read as
 * null, never written.
 */
public final class CompatPlan {

	private static final CompatPlan NONE = new CompatPlan(List.of(), List.of(), Map.of());

	private final List<DegradedColumn> columns;

	private final List<UnavailableEntity> unavailable;

	private final Map<String, KeyColumn> unusableTables;

	private CompatPlan(List<DegradedColumn> columns, List<UnavailableEntity> unavailable,
			Map<String, KeyColumn> unusableTables) {
		this.columns = List.copyOf(columns);
		this.unavailable = List.copyOf(unavailable);
		this.unusableTables = Map.copyOf(unusableTables);
	}

	/**
	 * Returns the plan of an application that degrades nothing.
	 * @return the empty plan
	 */
	public static CompatPlan none() {
		return NONE;
	}

	/**
	 * Plans compat mode for entities on a live schema.
	 * @param entities what each entity needs
	 * @param schema the live schema
	 * @return the plan
	 */
	public static CompatPlan of(List<EntityTables> entities, LiveSchema schema) {
		Map<String, KeyColumn> unusable = unusableTables(entities, schema);
		List<DegradedColumn> columns = new ArrayList<>();
		List<UnavailableEntity> unavailable = new ArrayList<>();
		for (EntityTables entity : entities) {
			KeyColumn missing = entity.tables().stream().map((table) -> unusable.get(key(table)))
				.filter((key) -> key != null).findFirst().orElse(null);
			if (missing != null) {
				unavailable.add(new UnavailableEntity(entity.entity(), missing.table(), missing.reason()));
				continue;
			}
			for (TableColumn column : entity.columns()) {
				LiveTable table = schema.table(column.table());
				if (table != null && table.column(column.column()) == null) {
					columns.add(new DegradedColumn(entity.entity(), column.table(), column.column()));
				}
			}
		}
		return new CompatPlan(columns, unavailable, unusable);
	}

	private static Map<String, KeyColumn> unusableTables(List<EntityTables> entities, LiveSchema schema) {
		Map<String, KeyColumn> unusable = new LinkedHashMap<>();
		for (EntityTables entity : entities) {
			for (String table : entity.tables()) {
				if (schema.table(table) == null) {
					unusable.putIfAbsent(key(table), new KeyColumn(table, null, "missing-table"));
				}
			}
			for (KeyColumn key : entity.keys()) {
				LiveTable table = schema.table(key.table());
				if (table != null && table.column(key.column()) == null) {
					unusable.putIfAbsent(key(key.table()), key);
				}
			}
		}
		return unusable;
	}

	private static String key(String table) {
		return Identifiers.key(table);
	}

	/**
	 * Returns the degraded columns, per entity that maps them.
	 * @return the degraded columns
	 */
	public List<DegradedColumn> columns() {
		return this.columns;
	}

	/**
	 * Returns the entities that cannot be used.
	 * @return the unavailable entities
	 */
	public List<UnavailableEntity> unavailable() {
		return this.unavailable;
	}

	/**
	 * Returns whether the plan degrades nothing.
	 * @return whether it is empty
	 */
	public boolean isEmpty() {
		return this.columns.isEmpty() && this.unavailable.isEmpty();
	}

	/**
	 * Returns whether a table is missing or lacks a key column.
	 * @param table the table
	 * @return whether no entity can use it
	 */
	public boolean isUnusable(String table) {
		return this.unusableTables.containsKey(key(table));
	}

	/**
	 * Says what makes a table unusable.
	 * @param table the table
	 * @return a sentence such as {@code table audit_entry does not exist}, or {@code null}
	 * when the table is usable
	 */
	public String whyUnusable(String table) {
		KeyColumn missing = this.unusableTables.get(key(table));
		if (missing == null) {
			return null;
		}
		return (missing.column() != null)
				? "table " + missing.table() + " has no column " + missing.column() + " (" + missing.reason() + ")"
				: "table " + missing.table() + " does not exist";
	}

	/**
	 * Returns whether an entity cannot be used.
	 * @param entity the entity name
	 * @return whether it is unavailable
	 */
	public boolean isUnavailable(String entity) {
		return this.unavailable.stream().anyMatch((candidate) -> candidate.entity().equals(entity));
	}

	/**
	 * Returns whether a column is read as null.
	 * @param table the table
	 * @param column the column
	 * @return whether it is degraded
	 */
	public boolean isDegraded(String table, String column) {
		return this.columns.stream()
			.anyMatch((degraded) -> degraded.table().equalsIgnoreCase(table)
					&& degraded.column().equalsIgnoreCase(column));
	}

	/**
	 * Returns compat mode's state on the schema as it is now: a restart is required once
	 * anything the plan degrades has appeared.
	 * @param current the live schema now, or {@code null} when it could not be read
	 * @return the state
	 */
	public CompatState state(LiveSchema current) {
		boolean restartRequired = current != null && (this.columns.stream()
			.anyMatch((column) -> exists(current, column.table(), column.column()))
				|| this.unusableTables.values().stream()
					.anyMatch((missing) -> exists(current, missing.table(), missing.column())));
		return new CompatState(!isEmpty(), restartRequired, this.columns, this.unavailable);
	}

	private static boolean exists(LiveSchema schema, String tableName, String column) {
		LiveTable table = schema.table(tableName);
		return table != null && (column == null || table.column(column) != null);
	}

}
