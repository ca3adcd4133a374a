package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the SQL of one change is classified against: the routines known so far in the run,
 * which columns the run has created, and how a routine this SQL creates is described.
 */
public interface SqlContext extends SchemaLookup {

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
	 * Returns the types a column may have before this SQL runs: in static lint, the latest of
	 * each deployment whose changesets typed it.
	 * @param table the table, lower case without schema
	 * @param column the column, lower case
	 * @return the candidates; empty when not known
	 */
	default List<ColumnType> columnTypes(String table, String column) {
		ColumnType type = columnType(table, column);
		return (type != null) ? List.of(type) : List.of();
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
	 * Returns the transaction the SQL runs in, which its statements update as they open,
	 * close and lock.
	 * @return the transaction; without a changeset, one that is open as Liquibase's default is
	 */
	default Transaction transaction() {
		return new Transaction(true);
	}

	/**
	 * Returns whether the live database is read for what the changelog does not say (column
	 * types, constraint kinds), as at boot.
	 * @return whether the live schema is known
	 */
	default boolean knowsLiveSchema() {
		return false;
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
