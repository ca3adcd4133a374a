package dev.ratchet.lint;

import java.util.Map;
import java.util.Set;

import dev.ratchet.lint.sql.ColumnType;
import dev.ratchet.lint.sql.SchemaLookup;

/**
 * What the database an update runs on says about its tables: how many rows each has (an
 * estimate), which sizes the online-safety findings, and the type each column has now,
 * which says whether a type change is made in place.
 */
public interface TableCatalog extends SchemaLookup {

	/**
	 * Estimates how many rows tables have, with one query for all of them.
	 * @param tables the tables, lower case without schema
	 * @param enough the number of rows beyond which the exact number does not matter: a table
	 * without an estimate is counted up to it
	 * @return the estimate per table; a table that is not found has none
	 */
	Map<String, Long> rows(Set<String> tables, long enough);

	/**
	 * Returns the type a column has in the database now.
	 * @param table the table, lower case without schema
	 * @param column the column, lower case
	 * @return the type, or {@code null} when the column is not found
	 */
	ColumnType columnType(String table, String column);

	/**
	 * Returns the {@code CHECK (column IS NOT NULL)} constraints on a column.
	 * @param table the table, lower case without schema
	 * @param column the column, lower case
	 * @return whether each is validated, by constraint name in lower case
	 */
	default Map<String, Boolean> notNullChecks(String table, String column) {
		return Map.of();
	}

	/**
	 * Returns the table a statement that names no table works on, to size its finding by: the
	 * table an index is on, or the largest table with a column of a domain.
	 * @param object the index or domain, lower case without schema
	 * @return the table, lower case, or {@code null} when no index or domain has that name
	 */
	default String tableOf(String object) {
		return null;
	}

	/**
	 * Returns whether this catalog reads a live database (rather than knowing nothing, as in
	 * static lint).
	 * @return whether the live schema is read
	 */
	default boolean readsLiveSchema() {
		return false;
	}

	/**
	 * Returns a catalog that knows no table, for static lint.
	 * @return the catalog
	 */
	static TableCatalog none() {
		return new TableCatalog() {

			@Override
			public Map<String, Long> rows(Set<String> tables, long enough) {
				return Map.of();
			}

			@Override
			public ColumnType columnType(String table, String column) {
				return null;
			}

		};
	}

}
