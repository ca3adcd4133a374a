package dev.ratchet.lint.sql;

import java.util.Map;
import java.util.Set;

/**
 * What the SQL of one change is classified against: the routines known so far in the run,
 * which columns the run has created, and how a routine this SQL creates is described.
 */
public interface SqlContext {

	/**
	 * Returns a routine known before this SQL runs.
	 * @param name the routine's name, lower case without schema
	 * @return the routine, or {@code null} when it is not known
	 */
	Routine routine(String name);

	/**
	 * Returns whether a column was created earlier in the run, so writing every row of it
	 * is a backfill rather than an overwrite.
	 * @param table the table, lower case without schema
	 * @param column the column, lower case
	 * @return whether the run created it
	 */
	boolean isNewColumn(String table, String column);

	/**
	 * Returns the type a column had before this SQL runs.
	 * @param table the table, lower case without schema
	 * @param column the column, lower case
	 * @return the type, or {@code null} when not known
	 */
	default ColumnType columnType(String table, String column) {
		return null;
	}

	/**
	 * Returns the {@code CHECK (column IS NOT NULL)} constraints on a column before this SQL
	 * runs, each with whether it is validated: on PostgreSQL 12 and later {@code SET NOT NULL}
	 * trusts a validated one instead of scanning the table.
	 * @param table the table, lower case without schema
	 * @param column the column, lower case
	 * @return whether each constraint is validated, by constraint name in lower case
	 */
	default Map<String, Boolean> notNullChecks(String table, String column) {
		return Map.of();
	}

	/**
	 * Returns the databases the SQL runs on, for the rules that differ between them (online
	 * safety, type changes), as Liquibase's short names.
	 * @return the databases; empty when not known
	 */
	default Set<String> dialects() {
		return Set.of();
	}

	/**
	 * Returns where a routine that this SQL creates comes from, for messages.
	 * @return such as {@code created in changeset db/a.yaml::1::ana}
	 */
	String origin();

	/**
	 * Returns a context that knows no routine and no new column.
	 * @return the context
	 */
	static SqlContext none() {
		return NoContext.INSTANCE;
	}

	/**
	 * The context of SQL classified on its own.
	 */
	enum NoContext implements SqlContext {

		/** The only instance. */
		INSTANCE;

		@Override
		public Routine routine(String name) {
			return null;
		}

		@Override
		public boolean isNewColumn(String table, String column) {
			return false;
		}

		@Override
		public String origin() {
			return "created in the same SQL";
		}

	}

}
