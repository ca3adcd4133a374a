package dev.ratchet.lint.oracle;

import java.util.List;
import java.util.Map;

/**
 * What PostgreSQL did while running a list of statements on a fixture.
 *
 * @param tables the work per table of the case's schema that existed after the fixture, by
 * lower-case name
 * @param sqlState the SQLSTATE of the first failing statement, or {@code null}
 * @param error the message of the first failing statement, or {@code null}
 * @param statements the statements that ran, the failing one last
 */
public record Observation(Map<String, TableWork> tables, String sqlState, String error, List<String> statements) {

	/**
	 * Copies the collections.
	 */
	public Observation {
		tables = Map.copyOf(tables);
		statements = List.copyOf(statements);
	}

	/**
	 * The work on a table of the fixture.
	 * @throws IllegalArgumentException when the fixture had no such table
	 */
	public TableWork table(String name) {
		TableWork work = this.tables.get(name);
		if (work == null) {
			throw new IllegalArgumentException("No table " + name + " in the fixture, only " + this.tables.keySet());
		}
		return work;
	}

	/**
	 * Whether a statement failed.
	 */
	public boolean failed() {
		return this.sqlState != null || this.error != null;
	}

}
