package dev.ratchet.compat;

import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.LiveTable;

/**
 * The tables and columns the database has, as last read, for hand-written SQL that must
 * work on a schema that lags behind the code. Compat mode never rewrites native SQL; ask
 * here first:
 * <pre class="code">
 * if (schema.hasColumn("app_user", "phone")) { ... }
 * </pre>
 * The schema is read at startup and on every refresh of the migration state, never per
 * call.
 */
public class RatchetSchema {

	private volatile LiveSchema schema;

	/**
	 * Creates a new instance that knows no table until it is {@linkplain #update updated}.
	 */
	public RatchetSchema() {
	}

	/**
	 * Returns whether the database has a table (or view).
	 * @param table the table name, in any case
	 * @return whether it exists
	 */
	public boolean hasTable(String table) {
		LiveSchema current = this.schema;
		return current != null && current.table(table) != null;
	}

	/**
	 * Returns whether the database has a column.
	 * @param table the table name, in any case
	 * @param column the column name, in any case
	 * @return whether it exists
	 */
	public boolean hasColumn(String table, String column) {
		LiveSchema current = this.schema;
		LiveTable live = (current != null) ? current.table(table) : null;
		return live != null && live.column(column) != null;
	}

	/**
	 * Replaces what is known with a fresh reading.
	 * @param schema the live schema
	 */
	public void update(LiveSchema schema) {
		this.schema = schema;
	}

}
