package dev.ratchet.lint.sql;

import dev.ratchet.lint.Rule;

/**
 * Decides what a dropped constraint was when only its name is known, by the naming
 * conventions of PostgreSQL ({@code _pkey}, {@code _fkey}, {@code _key}), Hibernate and
 * common style guides ({@code pk_}, {@code fk_}, {@code uk_}, {@code uq_}). A name that says
 * nothing is reported as a possible foreign key.
 */
final class ConstraintNames {

	private ConstraintNames() {
	}

	/**
	 * Records the drop of a constraint known only by name.
	 * @param table the table
	 * @param constraint the constraint name as written
	 * @param findings where to record it
	 */
	static void dropped(String table, String constraint, Findings findings) {
		String name = Names.of(constraint);
		if (isPrimaryKey(name)) {
			findings.table(Rule.DROP_PRIMARY_KEY, table, "drops primary key " + name + " of " + table);
		}
		else if (isForeignKey(name)) {
			findings.table(Rule.DROP_FOREIGN_KEY, table, "drops foreign key " + name);
		}
		else if (isUnique(name)) {
			findings.table(Rule.DROP_UNIQUE_CONSTRAINT, table, "drops unique constraint " + name);
		}
		else {
			findings.table(Rule.DROP_FOREIGN_KEY, table,
					"drops constraint " + name + ", whose kind is unknown (it may be a foreign key)");
		}
	}

	private static boolean isPrimaryKey(String name) {
		return name.endsWith("_pkey") || name.startsWith("pk_") || name.endsWith("_pk") || name.contains("primary");
	}

	private static boolean isForeignKey(String name) {
		return name.endsWith("_fkey") || name.startsWith("fk_") || name.endsWith("_fk");
	}

	private static boolean isUnique(String name) {
		return name.startsWith("uk_") || name.startsWith("uq_") || name.endsWith("_key") || name.endsWith("_uk")
				|| name.endsWith("_uq") || name.contains("unique");
	}

}
