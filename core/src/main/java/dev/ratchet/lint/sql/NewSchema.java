package dev.ratchet.lint.sql;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.ratchet.Identifiers;

/**
 * What SQL makes of the schema for the statements after it: the tables, views and sequences
 * it creates, the columns it adds, and the type each column has once it has run (created,
 * added or changed). Columns are kept by {@link Identifiers#columnKey}.
 */
final class NewSchema {

	private final Set<String> objects = new LinkedHashSet<>();

	private final Set<String> columns = new LinkedHashSet<>();

	private final Map<String, ColumnType> types = new LinkedHashMap<>();

	/**
	 * Records that the SQL creates a table, view or sequence.
	 */
	void object(String name) {
		if (name != null) {
			this.objects.add(name);
		}
	}

	/**
	 * Records that the SQL adds a column to a table.
	 */
	void column(String table, String column) {
		if (table != null && column != null) {
			this.columns.add(Identifiers.columnKey(table, column));
		}
	}

	/**
	 * Records the type a column has once the SQL has run.
	 */
	void type(String table, String column, ColumnType type) {
		if (table != null && column != null && type != null) {
			this.types.put(Identifiers.columnKey(table, column), type);
		}
	}

	/**
	 * Returns whether the SQL adds a column.
	 */
	boolean hasColumn(String table, String column) {
		return table != null && column != null && this.columns.contains(Identifiers.columnKey(table, column));
	}

	/**
	 * Returns the type the SQL gives a column, or {@code null}.
	 */
	ColumnType type(String table, String column) {
		return (table != null && column != null) ? this.types.get(Identifiers.columnKey(table, column)) : null;
	}

	/**
	 * Returns the tables, views and sequences created.
	 */
	Set<String> objects() {
		return this.objects;
	}

	/**
	 * Returns the columns added, as {@code table.column}.
	 */
	Set<String> columns() {
		return this.columns;
	}

	/**
	 * Returns the types columns have, by {@code table.column}.
	 */
	Map<String, ColumnType> types() {
		return this.types;
	}

}
