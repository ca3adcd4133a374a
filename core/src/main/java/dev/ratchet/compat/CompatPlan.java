package dev.ratchet.compat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.Identifiers;
import dev.ratchet.compat.CompatState.DegradedColumn;
import dev.ratchet.compat.CompatState.UnavailableEntity;
import dev.ratchet.compat.EntityTables.KeyColumn;
import dev.ratchet.compat.EntityTables.TableColumn;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.drift.DriftKind;

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
	 * Plans compat mode from the drift between the entities and the live schema: what
	 * the drift reports as a missing table or column is what compat mode degrades, so the
	 * two never disagree.
	 * @param entities what each entity needs
	 * @param drift the drift of the entities' model against the live schema
	 * @return the plan
	 */
	public static CompatPlan of(List<EntityTables> entities, List<DriftItem> drift) {
		Missing missing = Missing.of(drift);
		Map<String, KeyColumn> unusable = unusableTables(entities, missing);
		List<DegradedColumn> columns = new ArrayList<>();
		List<UnavailableEntity> unavailable = new ArrayList<>();
		for (EntityTables entity : entities) {
			KeyColumn lacking = entity.tables().stream().map((table) -> unusable.get(key(table)))
				.filter((key) -> key != null).findFirst().orElse(null);
			if (lacking != null) {
				unavailable.add(new UnavailableEntity(entity.entity(), lacking.table(), lacking.reason()));
				continue;
			}
			for (TableColumn column : entity.columns()) {
				if (missing.column(column.table(), column.column())) {
					columns.add(new DegradedColumn(entity.entity(), column.table(), column.column()));
				}
			}
		}
		return new CompatPlan(columns, unavailable, unusable);
	}

	private static Map<String, KeyColumn> unusableTables(List<EntityTables> entities, Missing missing) {
		Map<String, KeyColumn> unusable = new LinkedHashMap<>();
		for (EntityTables entity : entities) {
			for (String table : entity.tables()) {
				if (missing.table(table)) {
					unusable.putIfAbsent(key(table), new KeyColumn(table, null, "missing-table"));
				}
			}
			for (KeyColumn key : entity.keys()) {
				if (missing.column(key.table(), key.column())) {
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
	 * Returns compat mode's state as the schema is now: a restart is required once
	 * anything the plan degrades is no longer missing.
	 * @param currentDrift the drift of the entities against the schema now, or {@code null}
	 * when it could not be read
	 * @return the state
	 */
	public CompatState state(List<DriftItem> currentDrift) {
		boolean restartRequired = false;
		if (currentDrift != null) {
			Missing missing = Missing.of(currentDrift);
			restartRequired = this.columns.stream().anyMatch((column) -> missing.exists(column.table(), column.column()))
					|| this.unusableTables.values().stream()
						.anyMatch((lacking) -> missing.exists(lacking.table(), lacking.column()));
		}
		return new CompatState(!isEmpty(), restartRequired, this.columns, this.unavailable);
	}

	/**
	 * The tables and columns the drift reports missing.
	 */
	private record Missing(Set<String> tables, Set<String> columns) {

		static Missing of(List<DriftItem> drift) {
			Set<String> tables = new HashSet<>();
			Set<String> columns = new HashSet<>();
			for (DriftItem item : drift) {
				if (item.kind() == DriftKind.MISSING_TABLE) {
					tables.add(key(item.table()));
				}
				else if (item.kind() == DriftKind.MISSING_COLUMN) {
					columns.add(columnKey(item.table(), item.column()));
				}
			}
			return new Missing(tables, columns);
		}

		boolean table(String table) {
			return this.tables.contains(key(table));
		}

		boolean column(String table, String column) {
			return this.columns.contains(columnKey(table, column));
		}

		boolean exists(String table, String column) {
			return !table(table) && (column == null || !column(table, column));
		}

		private static String columnKey(String table, String column) {
			return Identifiers.columnKey(key(table), Identifiers.key(column));
		}

	}

}
