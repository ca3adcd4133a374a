package dev.ratchet.lint.sql;

import dev.ratchet.Identifiers;
import net.sf.jsqlparser.schema.Table;

/**
 * Names as findings show them: without quotes and schema, in lower case.
 */
final class Names {

	private Names() {
	}

	/**
	 * Returns a table's name without quotes and schema, in lower case.
	 */
	static String of(Table table) {
		return (table != null) ? of(table.getName()) : null;
	}

	/**
	 * Returns the last part of a possibly qualified, possibly quoted name, without quotes,
	 * in lower case.
	 */
	static String of(String name) {
		if (name == null) {
			return null;
		}
		String trimmed = name.trim();
		return Identifiers.key(trimmed.substring(lastDotOutsideQuotes(trimmed) + 1));
	}

	private static int lastDotOutsideQuotes(String name) {
		char quote = 0;
		int dot = -1;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (quote != 0) {
				quote = (c == quote) ? 0 : quote;
			}
			else if (c == '"' || c == '`') {
				quote = c;
			}
			else if (c == '[') {
				quote = ']';
			}
			else if (c == '.') {
				dot = i;
			}
		}
		return dot;
	}

}
