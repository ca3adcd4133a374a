package dev.ratchet.lint;

import java.util.Locale;

/**
 * Names of what a change touches, as reports show them and as the same-run exemption
 * compares them.
 */
final class Targets {

	private Targets() {
	}

	static String column(String table, String column) {
		if (table == null) {
			return column;
		}
		return (column != null) ? table + "." + column : table;
	}

	static String key(String name) {
		if (name == null) {
			return null;
		}
		String unquoted = name.trim();
		int dot = lastDotOutsideQuotes(unquoted);
		if (dot >= 0) {
			unquoted = unquoted.substring(dot + 1);
		}
		if (unquoted.length() > 1 && isQuote(unquoted.charAt(0))) {
			unquoted = unquoted.substring(1, unquoted.length() - 1);
		}
		return unquoted.toLowerCase(Locale.ROOT);
	}

	private static int lastDotOutsideQuotes(String name) {
		boolean quoted = false;
		int dot = -1;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (isQuote(c)) {
				quoted = !quoted;
			}
			else if (c == '.' && !quoted) {
				dot = i;
			}
		}
		return dot;
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '`' || c == '[' || c == ']';
	}

}
