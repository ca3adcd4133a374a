package dev.ratchet.drift;

import java.util.Locale;
import java.util.Map;

/**
 * The tables of one database schema as the live database has them.
 *
 * @param tables the tables, keyed by lower-case name
 */
public record LiveSchema(Map<String, LiveTable> tables) {

	/**
	 * Creates a new instance.
	 */
	public LiveSchema {
		tables = Map.copyOf(tables);
	}

	/**
	 * Finds a table, ignoring case.
	 * @param table the table name
	 * @return the table, or {@code null}
	 */
	public LiveTable table(String table) {
		return this.tables.get(table.toLowerCase(Locale.ROOT));
	}

}
