package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.ratchet.lint.Rule;
import dev.ratchet.lint.Violation;

/**
 * Collects what the statements of one piece of SQL do, in statement order.
 */
final class Findings {

	private final String changeType;

	private final List<Violation> violations = new ArrayList<>();

	private final Set<String> created = new LinkedHashSet<>();

	Findings(String changeType) {
		this.changeType = changeType;
	}

	/**
	 * Records a violation on a whole table (or view, sequence).
	 */
	void table(Rule rule, String table, String message) {
		add(rule, table, table, message);
	}

	/**
	 * Records a violation on a column.
	 */
	void column(Rule rule, String table, String column, String message) {
		add(rule, table, (table != null) ? table + "." + column : column, message);
	}

	/**
	 * Records a violation whose target is not a table, such as a schema or routine.
	 */
	void add(Rule rule, String table, String target, String message) {
		this.violations.add(new Violation(rule, this.changeType, table, target, message));
	}

	/**
	 * Records that the SQL creates a table, view or sequence.
	 */
	void created(String name) {
		if (name != null) {
			this.created.add(name);
		}
	}

	/**
	 * Returns everything recorded so far.
	 */
	SqlClassification classification() {
		return new SqlClassification(this.violations, this.created);
	}

}
