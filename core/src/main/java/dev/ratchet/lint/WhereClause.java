package dev.ratchet.lint;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a {@code where} condition of a delete or update change selects every row.
 */
final class WhereClause {

	private static final Set<String> ALWAYS_TRUE = Set.of("", "true", "1=1", "1", "'1'='1'", "(1=1)", "(true)");

	private WhereClause() {
	}

	static boolean isAlwaysTrue(String where) {
		if (where == null) {
			return true;
		}
		StringBuilder compact = new StringBuilder();
		for (char c : where.toCharArray()) {
			if (!Character.isWhitespace(c)) {
				compact.append(c);
			}
		}
		return ALWAYS_TRUE.contains(compact.toString().toLowerCase(Locale.ROOT));
	}

}
