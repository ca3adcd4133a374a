package dev.ratchet.drift;

import java.util.Locale;

/**
 * Compares table and column names the way drift does: without quotes and ignoring case.
 */
final class Identifiers {

	private Identifiers() {
	}

	/**
	 * Returns the name without the quotes around it: {@code "a"}, {@code `a`} or {@code [a]}.
	 */
	static String unquote(String name) {
		String trimmed = name.trim();
		if (trimmed.length() >= 2) {
			char first = trimmed.charAt(0);
			char last = trimmed.charAt(trimmed.length() - 1);
			if ((first == '"' && last == '"') || (first == '`' && last == '`') || (first == '[' && last == ']')) {
				return trimmed.substring(1, trimmed.length() - 1);
			}
		}
		return trimmed;
	}

	/**
	 * Returns the key two names share when they name the same object: unquoted, lower case.
	 */
	static String key(String name) {
		return unquote(name).toLowerCase(Locale.ROOT);
	}

}
