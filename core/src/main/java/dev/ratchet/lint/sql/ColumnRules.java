package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Map;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.sql.ColumnDefinition.ColumnConstraint;
import dev.ratchet.lint.sql.ColumnDefinition.Generated;

/**
 * A column added to an existing table, and {@code SET NOT NULL}: what breaks the release still
 * running (a required column without a default, NOT NULL on a column it may leave null), and
 * on PostgreSQL what locks the table while every row is written (a volatile default, a serial,
 * identity or stored generated column) or checked (an inline primary key, unique or check
 * constraint, a foreign key on a column with a default; NOT NULL without a validated check).
 */
final class ColumnRules {

	private ColumnRules() {
	}

	/**
	 * Records what adding a column does.
	 * @param table the table
	 * @param column the column's definition
	 * @param findings where to record it
	 */
	static void added(String table, ColumnDefinition column, Findings findings) {
		String name = column.name();
		findings.createdColumn(table, name);
		findings.columnType(table, name, column.type());
		findings.notNull(table, name, column.isNotNull());
		for (ColumnConstraint constraint : column.constraints()) {
			findings.constraint(table, constraint.name(), constraint.kind(), List.of(name));
		}
		if (column.isRequiredWithoutDefault()) {
			findings.column(Rule.ADD_REQUIRED_COLUMN, table, name, "adds column " + name + " NOT NULL without a default");
		}
		if (column.has(ConstraintKind.UNIQUE) && hasValue(column.defaultValue())) {
			findings.column(Rule.ADD_UNIQUE_CONSTRAINT, table, name, "adds column " + name
					+ " UNIQUE with a default, which every existing row gets: the constraint fails on two rows");
		}
		if (findings.onPostgres()) {
			rewrite(table, column, findings);
			for (ColumnConstraint constraint : column.constraints()) {
				inline(table, column, constraint, findings);
			}
		}
	}

	/**
	 * Records {@code SET NOT NULL}: it breaks code that writes null unless a
	 * {@code CHECK (column IS NOT NULL)} already keeps nulls out, and PostgreSQL scans the
	 * table under an exclusive lock unless such a check is validated. On a column that is NOT
	 * NULL already it does nothing.
	 * @param table the table
	 * @param column the column
	 * @param findings where to record it
	 */
	static void setNotNull(String table, String column, Findings findings) {
		if (Boolean.TRUE.equals(findings.notNull(table, column))) {
			return;
		}
		findings.notNull(table, column, true);
		Map<String, Boolean> checks = findings.notNullChecks(table, column);
		if (checks.isEmpty()) {
			findings.column(Rule.ADD_NOT_NULL_CONSTRAINT, table, column, "makes " + column + " NOT NULL");
			if (findings.onPostgres()) {
				findings.column(Rule.VALIDATING_CONSTRAINT, table, column, "makes " + column + " NOT NULL, which "
						+ "scans every row while " + table + " is locked (no validated CHECK (" + column
						+ " IS NOT NULL) lets PostgreSQL skip the scan)");
			}
		}
		else if (!checks.containsValue(Boolean.TRUE)) {
			findings.column(Rule.VALIDATING_CONSTRAINT, table, column, "makes " + column + " NOT NULL, which scans every "
					+ "row under a lock because CHECK " + String.join(", ", checks.keySet()) + " is not validated yet");
		}
	}

	private static void rewrite(String table, ColumnDefinition column, Findings findings) {
		String name = column.name();
		String what = switch (column.generated()) {
			case SERIAL -> "a serial column " + name;
			case IDENTITY -> "an identity column " + name;
			case STORED -> "a stored generated column " + name;
			case AUTO_INCREMENT -> "an auto-increment column " + name;
			default -> null;
		};
		if (what == null && column.generated() == Generated.NONE && column.defaultValue() != null) {
			String call = DefaultExpressions.volatileCall(column.defaultValue(), findings);
			what = (call != null) ? "column " + name + " with the default " + DefaultExpressions.why(call, findings)
					: null;
		}
		if (what != null) {
			findings.column(Rule.TABLE_REWRITE, table, name,
					"adds " + what + " to " + table + ", which writes every existing row");
		}
	}

	/**
	 * An inline constraint whose index PostgreSQL builds or whose rows it checks while the
	 * table is locked: a primary key, unique or check constraint, and a foreign key when the
	 * new column has a value (PostgreSQL skips checking a column that is null in every row).
	 */
	private static void inline(String table, ColumnDefinition definition, ColumnConstraint constraint,
			Findings findings) {
		String column = definition.name();
		String adds = "adds column " + column + " to " + table + " with an inline ";
		switch (constraint.kind()) {
			case PRIMARY_KEY, UNIQUE -> findings.column(Rule.VALIDATING_CONSTRAINT, table, column, adds
					+ (constraint.kind() == ConstraintKind.UNIQUE ? "UNIQUE" : "PRIMARY KEY")
					+ " constraint, whose index is built while the table is locked");
			case FOREIGN_KEY -> {
				if (hasValue(definition.defaultValue()) || definition.generated() != Generated.NONE) {
					findings.column(Rule.VALIDATING_CONSTRAINT, table, column, adds + "foreign key to "
							+ constraint.references() + " and a value, which checks every row while " + table + " and "
							+ constraint.references() + " are locked against writes");
				}
			}
			case CHECK -> findings.column(Rule.VALIDATING_CONSTRAINT, table, column,
					adds + "CHECK constraint, which checks every row while the table is locked");
			default -> {
			}
		}
	}

	private static boolean hasValue(List<SqlToken> expression) {
		return expression != null && !(expression.size() == 1 && expression.get(0).is("NULL"));
	}

}
