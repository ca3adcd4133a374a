package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.lint.rule.Violation;

/**
 * What a piece of SQL does that rules catch, and what it leaves for the statements after it.
 *
 * @param violations the violations, in statement order
 * @param created the tables, views and sequences the SQL creates, lower case without schema
 * @param createdColumns the columns the SQL adds to existing tables, as {@code table.column}
 * in lower case
 * @param columnTypes the types columns have once the SQL has run (created, added or
 * changed), by {@code table.column} in lower case
 * @param routines the functions and procedures the SQL creates or replaces, with what their
 * bodies do
 * @param calls the routines the SQL calls that are not known, so what they do is not in
 * {@code violations}
 * @param notNullChecks the {@code CHECK (column IS NOT NULL)} constraints the SQL adds and
 * validates
 * @param facts what the SQL tells about the schema: constraints, function volatility,
 * nullability and index columns
 */
public record SqlClassification(List<Violation> violations, Set<String> created, Set<String> createdColumns,
		Map<String, ColumnType> columnTypes, List<Routine> routines, List<Call> calls, NotNullChecks notNullChecks,
		SchemaFacts facts) {

	/**
	 * Creates a new instance.
	 */
	public SqlClassification {
		violations = List.copyOf(violations);
		created = Set.copyOf(created);
		createdColumns = Set.copyOf(createdColumns);
		columnTypes = Map.copyOf(columnTypes);
		routines = List.copyOf(routines);
		calls = List.copyOf(calls);
	}

	/**
	 * Creates a classification of SQL that creates no column or routine and calls nothing.
	 * @param violations the violations
	 * @param created the tables, views and sequences created
	 */
	public SqlClassification(List<Violation> violations, Set<String> created) {
		this(violations, created, Set.of(), Map.of(), List.of(), List.of(), new NotNullChecks(), new SchemaFacts());
	}

	/**
	 * Returns the classification of SQL that does nothing.
	 * @return an empty classification
	 */
	public static SqlClassification none() {
		return new SqlClassification(List.of(), Set.of());
	}

}
