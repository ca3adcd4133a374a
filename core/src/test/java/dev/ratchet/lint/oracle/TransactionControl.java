package dev.ratchet.lint.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a statement opens or ends an explicit transaction block, told by its leading
 * keywords.
 */
enum TransactionControl {

	/**
	 * {@code BEGIN} or {@code START TRANSACTION}.
	 */
	BEGIN,

	/**
	 * {@code COMMIT}, {@code END}, {@code ROLLBACK} or {@code ABORT}, but not
	 * {@code ROLLBACK TO SAVEPOINT} nor the two-phase {@code ... PREPARED} forms.
	 */
	END,

	/**
	 * Any other statement.
	 */
	NONE;

	/**
	 * Reads the first two keywords of a statement, past whitespace and comments.
	 */
	static TransactionControl of(String sql) {
		List<String> words = leadingWords(sql, 2);
		String first = words.isEmpty() ? "" : words.get(0);
		String second = (words.size() > 1) ? words.get(1) : "";
		return switch (first) {
			case "begin" -> BEGIN;
			case "start" -> second.equals("transaction") ? BEGIN : NONE;
			case "commit", "end", "abort" -> second.equals("prepared") ? NONE : END;
			case "rollback" -> (second.equals("to") || second.equals("prepared")) ? NONE : END;
			default -> NONE;
		};
	}

	private static List<String> leadingWords(String sql, int count) {
		List<String> words = new ArrayList<>();
		int i = 0;
		while (i < sql.length() && words.size() < count) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (sql.startsWith("--", i)) {
				int end = sql.indexOf('\n', i);
				i = (end < 0) ? sql.length() : end + 1;
			}
			else if (sql.startsWith("/*", i)) {
				int end = sql.indexOf("*/", i + 2);
				i = (end < 0) ? sql.length() : end + 2;
			}
			else if (Character.isLetter(c)) {
				int start = i;
				while (i < sql.length() && Character.isLetter(sql.charAt(i))) {
					i++;
				}
				words.add(sql.substring(start, i).toLowerCase(Locale.ROOT));
			}
			else {
				break;
			}
		}
		return words;
	}

}
