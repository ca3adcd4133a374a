package dev.ratchet.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.LiveTable;

/**
 * The tables and columns that appeared or disappeared between two reads of a live schema:
 * what a changeset that failed half way left behind on a database whose DDL is not
 * transactional.
 *
 * @param createdTables the tables that appeared
 * @param droppedTables the tables that disappeared
 * @param addedColumns the columns that appeared in a table present in both reads, {@code table.column}
 * @param droppedColumns the columns that disappeared from a table present in both reads, {@code table.column}
 */
public record SchemaChanges(List<String> createdTables, List<String> droppedTables, List<String> addedColumns,
		List<String> droppedColumns) {

	/**
	 * Creates a new instance.
	 */
	public SchemaChanges {
		createdTables = List.copyOf(createdTables);
		droppedTables = List.copyOf(droppedTables);
		addedColumns = List.copyOf(addedColumns);
		droppedColumns = List.copyOf(droppedColumns);
	}

	/**
	 * Compares two reads of the same schema.
	 * @param before the schema as it was
	 * @param after the schema as it is
	 * @return what changed, names as the database reports them, sorted
	 */
	public static SchemaChanges between(LiveSchema before, LiveSchema after) {
		List<String> addedColumns = new ArrayList<>();
		List<String> droppedColumns = new ArrayList<>();
		after.tables().forEach((key, table) -> {
			LiveTable old = before.tables().get(key);
			if (old != null) {
				addedColumns.addAll(missing(table, old.columns()));
				droppedColumns.addAll(missing(old, table.columns()));
			}
		});
		return new SchemaChanges(sorted(missingTables(after, before)), sorted(missingTables(before, after)),
				sorted(addedColumns), sorted(droppedColumns));
	}

	private static List<String> missingTables(LiveSchema schema, LiveSchema other) {
		return schema.tables()
			.entrySet()
			.stream()
			.filter((entry) -> !other.tables().containsKey(entry.getKey()))
			.map((entry) -> entry.getValue().name())
			.toList();
	}

	private static List<String> missing(LiveTable table, Map<String, ?> otherColumns) {
		return table.columns()
			.entrySet()
			.stream()
			.filter((entry) -> !otherColumns.containsKey(entry.getKey()))
			.map((entry) -> table.name() + "." + entry.getValue().name())
			.toList();
	}

	private static List<String> sorted(List<String> names) {
		return names.stream().sorted(Comparator.comparing(String::toLowerCase)).toList();
	}

	/**
	 * Returns whether no table or column appeared or disappeared.
	 * @return whether nothing changed
	 */
	public boolean isEmpty() {
		return this.createdTables.isEmpty() && this.droppedTables.isEmpty() && this.addedColumns.isEmpty()
				&& this.droppedColumns.isEmpty();
	}

	/**
	 * Describes the changes, such as
	 * {@code table audit_entry created, column task.priority added}.
	 * @return the description, {@code no table or column changed} when nothing changed
	 */
	public String describe() {
		if (isEmpty()) {
			return "no table or column changed";
		}
		List<String> parts = new ArrayList<>();
		this.createdTables.forEach((table) -> parts.add("table " + table + " created"));
		this.droppedTables.forEach((table) -> parts.add("table " + table + " dropped"));
		this.addedColumns.forEach((column) -> parts.add("column " + column + " added"));
		this.droppedColumns.forEach((column) -> parts.add("column " + column + " dropped"));
		return String.join(", ", parts);
	}

	/**
	 * Tells what a failed changeset left behind on a database that does not roll back DDL.
	 * @param product the database product, such as {@code MariaDB}
	 * @param changeSet the changeset that failed, {@code file::id::author}
	 * @return one sentence
	 */
	public String leftBehind(String product, String changeSet) {
		if (isEmpty()) {
			return product + " does not roll back DDL: changeset " + changeSet
					+ " left no table or column behind.";
		}
		return product + " does not roll back DDL: changeset " + changeSet + " left behind: " + describe() + ".";
	}

}
