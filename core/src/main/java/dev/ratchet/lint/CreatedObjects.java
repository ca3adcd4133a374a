package dev.ratchet.lint;

import java.util.HashSet;
import java.util.Set;

import dev.ratchet.Identifiers;

/**
 * The tables, views and sequences the changesets linted so far created, which no deployed
 * code can depend on, so changes to them are exempt, and the columns they added, so writing
 * every row of one is a backfill.
 */
final class CreatedObjects {

	private final Set<String> objects = new HashSet<>();

	private final Set<String> columns = new HashSet<>();

	/**
	 * Records that a table, view or sequence was created.
	 */
	void add(String name) {
		if (name != null) {
			this.objects.add(Identifiers.looseUnqualifiedKey(name));
		}
	}

	/**
	 * Records that a column was added to a table.
	 */
	void addColumn(String table, String column) {
		if (table != null && column != null) {
			this.columns.add(Identifiers.looseColumnKey(table, column));
		}
	}

	/**
	 * Records columns added by SQL.
	 * @param keys the columns as {@code table.column} in lower case
	 */
	void addColumns(Set<String> keys) {
		this.columns.addAll(keys);
	}

	/**
	 * Returns whether a table, view or sequence was created.
	 */
	boolean contains(String name) {
		return name != null && this.objects.contains(Identifiers.looseUnqualifiedKey(name));
	}

	/**
	 * Returns whether a column was added.
	 */
	boolean containsColumn(String table, String column) {
		return table != null && column != null && this.columns.contains(Identifiers.looseColumnKey(table, column));
	}

	/**
	 * Forgets what was created.
	 */
	void clear() {
		this.objects.clear();
		this.columns.clear();
	}

}
