package dev.ratchet.compat;

import java.util.List;

/**
 * What one entity's SQL needs from the schema: the tables it touches, the key columns
 * without which it cannot work at all, and the columns its properties map.
 *
 * @param entity the entity name
 * @param tables every table the entity's SQL touches, its own first
 * @param keys the identifier, version and discriminator columns
 * @param columns the columns its own properties map
 */
public record EntityTables(String entity, List<String> tables, List<KeyColumn> keys, List<TableColumn> columns) {

	/**
	 * Creates a new instance.
	 */
	public EntityTables {
		tables = List.copyOf(tables);
		keys = List.copyOf(keys);
		columns = List.copyOf(columns);
	}

	/**
	 * A column of a table.
	 *
	 * @param table the table
	 * @param column the column
	 */
	public record TableColumn(String table, String column) {
	}

	/**
	 * A column an entity cannot do without.
	 *
	 * @param table the table
	 * @param column the column
	 * @param reason what is unavailable when it is missing, such as
	 * {@code missing-id-column}
	 */
	public record KeyColumn(String table, String column, String reason) {
	}

}
