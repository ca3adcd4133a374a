package dev.ratchet.drift;

import java.util.List;

/**
 * A table the entities map: an entity's own table, a secondary table, a join table or an
 * element collection table.
 *
 * @param entity the entity that owns the table, for reports
 * @param name the physical table name (unquoted)
 * @param columns the mapped columns
 */
public record MappedTable(String entity, String name, List<MappedColumn> columns) {

	/**
	 * Creates a new instance.
	 */
	public MappedTable {
		columns = List.copyOf(columns);
	}

}
