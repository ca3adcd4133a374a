package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Set;

import dev.ratchet.lint.Rule;
import dev.ratchet.lint.Violation;

/**
 * Classifies SQL as Liquibase will send it onto the rules.
 */
public final class SqlClassifier {

	/**
	 * Classifies SQL.
	 * @param sql one or more statements
	 * @param changeType the Liquibase change type the SQL comes from, such as {@code sql}
	 * @return what the SQL does
	 */
	public SqlClassification classify(String sql, String changeType) {
		return new SqlClassification(
				List.of(new Violation(Rule.UNPARSED_SQL_OPAQUE, changeType, null, null, "runs SQL that is not inspected")),
				Set.of());
	}

}
