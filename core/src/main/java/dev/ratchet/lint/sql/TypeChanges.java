package dev.ratchet.lint.sql;

import dev.ratchet.lint.Rule;

/**
 * Reports a column's type change by what it does on the databases the SQL runs on: nothing
 * for a change made in place that old code reads the same, {@link Rule#TABLE_REWRITE} for one
 * that rewrites every row but reads the same, {@link Rule#MODIFY_DATA_TYPE} for one that may
 * narrow or convert values, or whose old type is not known.
 */
public final class TypeChanges {

	private TypeChanges() {
	}

	/**
	 * Judges a type change on every database of a context; the worst outcome counts.
	 * @param dialects the databases, empty when not known
	 * @param from the type before, or {@code null}
	 * @param to the new type
	 * @return what the change does
	 */
	public static TypeChange of(java.util.Set<String> dialects, ColumnType from, ColumnType to) {
		if (dialects.isEmpty()) {
			return TypeChange.of(null, from, to);
		}
		TypeChange worst = TypeChange.IN_PLACE;
		for (String dialect : dialects) {
			TypeChange change = TypeChange.of(dialect, from, to);
			if (change.compareTo(worst) > 0) {
				worst = change;
			}
		}
		return worst;
	}

	static void judge(String table, String column, ColumnType from, ColumnType to, Findings findings) {
		String change = "changes the type of " + column + ((from != null) ? " from " + from : "") + " to " + to;
		switch (of(findings.dialects(), from, to)) {
			case IN_PLACE -> {
			}
			case REWRITE -> findings.column(Rule.TABLE_REWRITE, table, column, change + ", which rewrites every row");
			case INCOMPATIBLE -> findings.column(Rule.MODIFY_DATA_TYPE, table, column, change);
		}
	}

}
