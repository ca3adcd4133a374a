package dev.ratchet.drift;

import java.util.List;

/**
 * A table the entities map: an entity's own table, a secondary table, a join table or an
 * element collection table.
 *
 * @param entity the entity that owns the table, for reports
 * @param name the physical table name (unquoted)
 * @param columns the mapped columns
 * @param primaryKey the names of its primary key columns, empty when unknown
 * @param indexes the indexes the entities declare on it
 * @param sequence the sequence the identifiers of the entity whose own table this is are
 * drawn from, or {@code null}
 */
public record MappedTable(String entity, String name, List<MappedColumn> columns, List<String> primaryKey,
		List<MappedIndex> indexes, MappedSequence sequence) {

	/**
	 * Creates a new instance.
	 */
	public MappedTable {
		columns = List.copyOf(columns);
		primaryKey = List.copyOf(primaryKey);
		indexes = List.copyOf(indexes);
	}

	/**
	 * Creates a table whose identifiers come from no sequence.
	 * @param entity the entity that owns the table
	 * @param name the physical table name
	 * @param columns the mapped columns
	 * @param primaryKey the names of its primary key columns
	 * @param indexes the indexes the entities declare on it
	 */
	public MappedTable(String entity, String name, List<MappedColumn> columns, List<String> primaryKey,
			List<MappedIndex> indexes) {
		this(entity, name, columns, primaryKey, indexes, null);
	}

	/**
	 * Creates a table with no known primary key and no indexes.
	 * @param entity the entity that owns the table
	 * @param name the physical table name
	 * @param columns the mapped columns
	 */
	public MappedTable(String entity, String name, List<MappedColumn> columns) {
		this(entity, name, columns, List.of(), List.of(), null);
	}

}
