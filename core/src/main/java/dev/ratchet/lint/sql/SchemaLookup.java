package dev.ratchet.lint.sql;

/**
 * What is known of the schema's objects before a piece of SQL runs: from the changelog so
 * far, or, at boot, from the database. Each answer is {@code null} when it is not known.
 */
public interface SchemaLookup {

	/**
	 * Returns the kind of a constraint.
	 * @param table the table, lower case without schema
	 * @param constraint the constraint's name, lower case
	 * @return the kind, or {@code null} when not known
	 */
	default ConstraintKind constraintKind(String table, String constraint) {
		return null;
	}

	/**
	 * Returns the volatility of a function, of its most volatile overload.
	 * @param function the function's name, lower case without schema
	 * @return the volatility, or {@code null} when not known
	 */
	default Volatility volatility(String function) {
		return null;
	}

	/**
	 * Returns whether a column is NOT NULL.
	 * @param table the table, lower case without schema
	 * @param column the column, lower case
	 * @return whether it is, or {@code null} when not known
	 */
	default Boolean notNull(String table, String column) {
		return null;
	}

	/**
	 * Returns the table and columns of an index.
	 * @param index the index, lower case without schema
	 * @return its table and columns, or {@code null} when not known
	 */
	default SchemaFacts.IndexColumns indexColumns(String index) {
		return null;
	}

}
