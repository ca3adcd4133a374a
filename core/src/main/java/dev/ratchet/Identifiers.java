package dev.ratchet;

import java.util.Locale;

/**
 * SQL identifiers as Ratchet compares them everywhere (lint, drift, compat): without the
 * quotes around them and ignoring case.
 */
public final class Identifiers {

	private Identifiers() {
	}

	/**
	 * Returns a name without the quotes around it: {@code "a"}, {@code `a`} or {@code [a]};
	 * a doubled quote inside stands for one.
	 * @param name the name
	 * @return the bare name, trimmed
	 */
	public static String unquote(String name) {
		String trimmed = name.trim();
		if (trimmed.length() < 2) {
			return trimmed;
		}
		char first = trimmed.charAt(0);
		char last = trimmed.charAt(trimmed.length() - 1);
		if ((first == '"' || first == '`') && last == first) {
			String quote = String.valueOf(first);
			return trimmed.substring(1, trimmed.length() - 1).replace(quote + quote, quote);
		}
		if (first == '[' && last == ']') {
			return trimmed.substring(1, trimmed.length() - 1);
		}
		return trimmed;
	}

	/**
	 * Returns the key two names share when they name the same object: unquoted, lower case.
	 * @param name the name
	 * @return the key
	 */
	public static String key(String name) {
		return unquote(name).toLowerCase(Locale.ROOT);
	}

}
