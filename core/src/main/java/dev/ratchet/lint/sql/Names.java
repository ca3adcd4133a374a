package dev.ratchet.lint.sql;

import java.util.Locale;

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
		return unquote(trimmed.substring(lastDotOutsideQuotes(trimmed) + 1)).toLowerCase(Locale.ROOT);
	}

	private static String unquote(String name) {
		if (name.length() < 2) {
			return name;
		}
		char first = name.charAt(0);
		char last = name.charAt(name.length() - 1);
		if ((first == '"' || first == '`') && last == first) {
			String quote = String.valueOf(first);
			return name.substring(1, name.length() - 1).replace(quote + quote, quote);
		}
		if (first == '[' && last == ']') {
			return name.substring(1, name.length() - 1);
		}
		return name;
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
