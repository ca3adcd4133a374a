package dev.ratchet.lint.sql;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;

/**
 * Judges a dropped constraint by its kind: stated by the statement (MySQL's
 * {@code DROP FOREIGN KEY}, {@code DROP CHECK}, {@code DROP PRIMARY KEY}), known from the
 * changesets that created it, or read from the database at boot. A constraint whose kind is
 * not known is {@code drop-constraint}, except that a name following a primary key's naming
 * ({@code _pkey}, {@code pk_}, {@code _pk}, H2's {@code PRIMARY_KEY}) fails closed as a primary
 * key.
 */
final class ConstraintNames {

	private ConstraintNames() {
	}

	/**
	 * Records the drop of a constraint.
	 * @param table the table
	 * @param constraint the constraint's name as written, or {@code null} for {@code DROP PRIMARY KEY}
	 * @param stated the kind the statement says it is, or {@code null}
	 * @param findings where to record it
	 */
	static void dropped(String table, String constraint, ConstraintKind stated, Findings findings) {
		String name = (constraint != null) ? Identifiers.unqualifiedKey(constraint) : null;
		ConstraintKind kind = (stated != null) ? stated : findings.constraintKind(table, name);
		if (kind == null && name != null && isPrimaryKey(name)) {
			kind = ConstraintKind.PRIMARY_KEY;
		}
		String dropped = (name != null) ? " " + name : "";
		if (kind == null) {
			findings.table(Rule.DROP_CONSTRAINT, table, "drops constraint" + dropped + " of " + table
					+ ", whose kind is not known: it was not created in the changelog (at boot Ratchet reads its "
					+ "kind from the database)");
			return;
		}
		switch (kind) {
			case PRIMARY_KEY -> findings.table(Rule.DROP_PRIMARY_KEY, table,
					"drops primary key" + dropped + " of " + table);
			case FOREIGN_KEY -> findings.table(Rule.DROP_FOREIGN_KEY, table, "drops foreign key" + dropped);
			case UNIQUE, EXCLUDE -> findings.table(Rule.DROP_UNIQUE_CONSTRAINT, table,
					"drops " + kind.description() + dropped);
			case CHECK -> findings.table(Rule.DROP_CHECK_CONSTRAINT, table, "drops check constraint" + dropped);
			case INDEX -> findings.column(Rule.DROP_INDEX, table, name, "drops index" + dropped);
		}
	}

	private static boolean isPrimaryKey(String name) {
		return name.endsWith("_pkey") || name.startsWith("pk_") || name.endsWith("_pk") || name.contains("primary");
	}

}
