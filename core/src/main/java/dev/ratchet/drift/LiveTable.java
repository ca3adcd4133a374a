package dev.ratchet.drift;

import java.util.Locale;
import java.util.Map;

/**
 * A table as the live database has it.
 *
 * @param name the table name as the database reports it
 * @param columns its columns, keyed by lower-case name
 */
public record LiveTable(String name, Map<String, LiveColumn> columns) {

	/**
	 * Creates a new instance.
	 */
	public LiveTable {
		columns = Map.copyOf(columns);
	}

	/**
	 * Finds a column, ignoring case.
	 * @param column the column name
	 * @return the column, or {@code null}
	 */
	public LiveColumn column(String column) {
		return this.columns.get(column.toLowerCase(Locale.ROOT));
	}

}
