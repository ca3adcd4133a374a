package dev.ratchet.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.Identifiers;

/**
 * Every mapping of one table merged: a table that several entities map (single-table
 * inheritance, a shared table) is compared once, and a column any of them maps counts
 * as mapped.
 */
final class MergedTable {

	private final String name;

	private final String entity;

	private final Map<String, MergedColumn> columns = new LinkedHashMap<>();

	private MergedTable(String name, String entity) {
		this.name = name;
		this.entity = entity;
	}

	/**
	 * Merges the mapped tables by name, keyed by {@link Identifiers#key(String)}, in model order.
	 */
	static Map<String, MergedTable> merge(List<MappedTable> tables) {
		Map<String, MergedTable> merged = new LinkedHashMap<>();
		for (MappedTable table : tables) {
			MergedTable target = merged.computeIfAbsent(Identifiers.key(table.name()),
					(key) -> new MergedTable(Identifiers.unquote(table.name()), table.entity()));
			for (MappedColumn column : table.columns()) {
				target.columns
					.computeIfAbsent(Identifiers.key(column.name()),
							(key) -> new MergedColumn(Identifiers.unquote(column.name())))
					.add(new ColumnMapping(table.entity(), column));
			}
		}
		return merged;
	}

	String name() {
		return this.name;
	}

	String entity() {
		return this.entity;
	}

	Map<String, MergedColumn> columns() {
		return this.columns;
	}

}
