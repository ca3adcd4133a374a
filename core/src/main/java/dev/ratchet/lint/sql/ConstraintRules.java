package dev.ratchet.lint.sql;

import dev.ratchet.lint.rule.Rule;

/**
 * A constraint added to an existing table, and {@code VALIDATE CONSTRAINT}: a unique
 * constraint may fail on existing duplicates, and on PostgreSQL a foreign key or check added
 * without {@code NOT VALID} checks every row, and a primary key, unique or exclusion
 * constraint not built {@code USING INDEX} builds its index, while the table is locked. On
 * MariaDB and MySQL a foreign key is added by copying the table. {@code VALIDATE CONSTRAINT}
 * takes a lock that lets writes go on, unless the same transaction already locked the table.
 */
final class ConstraintRules {

	private ConstraintRules() {
	}

	/**
	 * Records what adding a constraint does.
	 * @param table the table
	 * @param constraint the constraint
	 * @param findings where to record it
	 */
	static void added(String table, TableConstraint constraint, Findings findings) {
		findings.constraint(table, constraint.name(), constraint.kind(), constraint.columns());
		boolean postgres = findings.onPostgres();
		switch (constraint.kind()) {
			case CHECK -> {
				notNullCheck(table, constraint, findings);
				if (postgres && !constraint.notValid()) {
					findings.table(Rule.VALIDATING_CONSTRAINT, table, "adds a CHECK constraint to " + table
							+ " without NOT VALID, which checks every row under a lock");
				}
			}
			case FOREIGN_KEY -> {
				if (postgres && !constraint.notValid()) {
					findings.table(Rule.VALIDATING_CONSTRAINT, table, "adds a foreign key to " + table + " without "
							+ "NOT VALID, which checks every row while " + table + " and " + constraint.references()
							+ " are locked against writes");
				}
				else if (findings.onMySql()) {
					findings.table(Rule.VALIDATING_CONSTRAINT, table, "adds a foreign key to " + table
							+ ", which MariaDB and MySQL add by copying the table");
				}
			}
			case UNIQUE, PRIMARY_KEY -> unique(table, constraint, findings, postgres);
			case EXCLUDE -> {
				if (postgres) {
					findings.table(Rule.VALIDATING_CONSTRAINT, table, "adds an exclusion constraint to " + table
							+ ", which builds its index while the table is locked (it has no online form)");
				}
			}
			default -> {
			}
		}
	}

	/**
	 * Records {@code VALIDATE CONSTRAINT}.
	 * @param table the table
	 * @param constraint the constraint
	 * @param lock what locked the table against writes earlier in the transaction (or in the
	 * same statement), or {@code null}
	 * @param findings where to record it
	 */
	static void validated(String table, String constraint, String lock, Findings findings) {
		findings.notNullCheckChanges().validated(table, constraint);
		if (lock != null && findings.onPostgres()) {
			findings.table(Rule.VALIDATING_CONSTRAINT, table, "validates constraint " + constraint + " of " + table
					+ " in the transaction in which " + lock + " locked it, so writes wait for the whole scan: "
					+ "give VALIDATE CONSTRAINT a changeset of its own");
		}
	}

	private static void unique(String table, TableConstraint constraint, Findings findings, boolean postgres) {
		if (constraint.usingIndex() != null) {
			if (constraint.kind() == ConstraintKind.PRIMARY_KEY) {
				primaryKeyUsingIndex(table, constraint.usingIndex(), findings, postgres);
			}
			return;
		}
		String kind = (constraint.kind() == ConstraintKind.UNIQUE) ? "unique constraint" : "primary key";
		if (constraint.kind() == ConstraintKind.UNIQUE) {
			String columns = String.join(",", constraint.columns());
			findings.column(Rule.ADD_UNIQUE_CONSTRAINT, table, columns, "adds a unique constraint on " + columns);
		}
		if (postgres) {
			findings.table(Rule.VALIDATING_CONSTRAINT, table,
					"adds a " + kind + " to " + table + " that builds its index under a lock, not USING INDEX");
		}
	}

	/**
	 * A primary key on an existing unique index makes its columns NOT NULL: PostgreSQL scans
	 * the table under the constraint's lock for each column that is nullable, unless a
	 * validated {@code CHECK (column IS NOT NULL)} lets it skip the scan.
	 */
	private static void primaryKeyUsingIndex(String table, String index, Findings findings, boolean postgres) {
		SchemaFacts.IndexColumns columns = findings.indexColumns(index);
		if (columns == null) {
			return;
		}
		for (String column : columns.columns()) {
			boolean nullable = Boolean.FALSE.equals(findings.notNull(table, column))
					&& !findings.notNullChecks(table, column).containsValue(Boolean.TRUE);
			if (nullable && postgres) {
				findings.column(Rule.VALIDATING_CONSTRAINT, table, column, "adds a primary key USING INDEX " + index
						+ " on nullable column " + column + ", which PostgreSQL makes NOT NULL by scanning every row "
						+ "under a lock: make " + column + " NOT NULL first");
			}
			findings.notNull(table, column, true);
		}
	}

	/**
	 * Records {@code CHECK (column IS NOT NULL)}, the first step of the online recipe for
	 * {@code SET NOT NULL}.
	 */
	private static void notNullCheck(String table, TableConstraint constraint, Findings findings) {
		String column = NotNullChecks.checkedColumnOf(constraint.check());
		if (column != null) {
			findings.notNullCheckChanges().added(table, constraint.name(), column, !constraint.notValid());
		}
	}

}
