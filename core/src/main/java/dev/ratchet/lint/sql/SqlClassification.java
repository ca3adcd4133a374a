package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Set;

import dev.ratchet.lint.Violation;

/**
 * What a piece of SQL does that rules catch, and what it creates.
 *
 * @param violations the violations, in statement order
 * @param created the tables, views and sequences the SQL creates, lower case without schema
 */
public record SqlClassification(List<Violation> violations, Set<String> created) {

	/**
	 * Creates a new instance.
	 */
	public SqlClassification {
		violations = List.copyOf(violations);
		created = Set.copyOf(created);
	}

}
