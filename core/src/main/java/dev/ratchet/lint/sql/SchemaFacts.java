package dev.ratchet.lint.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.Identifiers;

/**
 * What SQL and changes tell about the schema for the statements after them: the kind of each
 * constraint they create, the volatility of the functions they create, whether a column is
 * NOT NULL, and the columns of the indexes they create. Names are kept in lower case.
 */
public final class SchemaFacts {

	private final ConstraintKinds constraints = new ConstraintKinds();

	private final Map<String, Volatility> volatilities = new LinkedHashMap<>();

	private final Map<String, Boolean> notNull = new LinkedHashMap<>();

	private final Map<String, IndexColumns> indexes = new LinkedHashMap<>();

	/**
	 * Returns the constraints created.
	 * @return the constraints, by table and name
	 */
	public ConstraintKinds constraints() {
		return this.constraints;
	}

	/**
	 * Records the volatility of a function.
	 * @param function the function, lower case
	 * @param volatility its volatility
	 */
	public void volatility(String function, Volatility volatility) {
		this.volatilities.put(Identifiers.unqualifiedKey(function), volatility);
	}

	/**
	 * Returns the volatility of a function recorded here.
	 * @param function the function, lower case
	 * @return the volatility, or {@code null}
	 */
	public Volatility volatility(String function) {
		return this.volatilities.get(Identifiers.unqualifiedKey(function));
	}

	/**
	 * Records whether a column is NOT NULL.
	 * @param table the table
	 * @param column the column
	 * @param required whether it is NOT NULL
	 */
	public void notNull(String table, String column, boolean required) {
		if (table != null && column != null) {
			this.notNull.put(columnKey(table, column), required);
		}
	}

	/**
	 * Returns whether a column is NOT NULL, as recorded here.
	 * @param table the table
	 * @param column the column
	 * @return whether it is, or {@code null} when not recorded
	 */
	public Boolean notNull(String table, String column) {
		return (table != null && column != null) ? this.notNull.get(columnKey(table, column)) : null;
	}

	/**
	 * Returns whether each column recorded here is NOT NULL.
	 * @return by {@code table.column} in lower case
	 */
	public Map<String, Boolean> notNull() {
		return Map.copyOf(this.notNull);
	}

	/**
	 * Records the columns of an index.
	 * @param index the index
	 * @param table its table
	 * @param columns its columns, lower case
	 */
	public void index(String index, String table, List<String> columns) {
		if (index != null && table != null) {
			this.indexes.put(Identifiers.unqualifiedKey(index),
					new IndexColumns(Identifiers.unqualifiedKey(table), List.copyOf(columns)));
		}
	}

	/**
	 * Returns the indexes recorded here.
	 * @return their tables and columns, by index name in lower case
	 */
	public Map<String, IndexColumns> indexes() {
		return Map.copyOf(this.indexes);
	}

	/**
	 * Returns the columns of an index recorded here.
	 * @param index the index
	 * @return its table and columns, or {@code null}
	 */
	public IndexColumns index(String index) {
		return (index != null) ? this.indexes.get(Identifiers.unqualifiedKey(index)) : null;
	}

	/**
	 * Adds what later SQL recorded to these.
	 * @param later the later SQL's facts
	 */
	public void addAll(SchemaFacts later) {
		this.constraints.addAll(later.constraints);
		this.volatilities.putAll(later.volatilities);
		this.notNull.putAll(later.notNull);
		this.indexes.putAll(later.indexes);
	}

	private static String columnKey(String table, String column) {
		return Identifiers.columnKey(Identifiers.unqualifiedKey(table), Identifiers.unqualifiedKey(column));
	}

	/**
	 * The table and columns of an index.
	 *
	 * @param table the table, lower case
	 * @param columns the columns, lower case; expressions are left out
	 */
	public record IndexColumns(String table, List<String> columns) {

	}

}
