package dev.ratchet;

import java.util.Locale;

/**
 * SQL identifiers as Ratchet compares them everywhere (lint, drift, compat): without the
 * quotes around them and ignoring case. A key is a name folded so: two names that name the
 * same object have the same key.
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
	 * A qualified name keeps its schema: {@code Sales.Orders} gives {@code sales.orders}.
	 * @param name the name
	 * @return the key
	 */
	public static String key(String name) {
		return unquote(name).toLowerCase(Locale.ROOT);
	}

	/**
	 * Returns what qualifies a name: all but its last part, {@code sales.orders} for
	 * {@code sales.orders.total}.
	 * @param name the name
	 * @return the qualifier as written, or {@code null} when the name has none
	 */
	public static String qualifier(String name) {
		String trimmed = name.trim();
		int dot = Quoting.PAIRED.lastDot(trimmed);
		return (dot > 0) ? trimmed.substring(0, dot) : null;
	}

	/**
	 * Returns the key of the last part of a possibly qualified name, without its schema:
	 * {@code Sales."Order.Lines"} gives {@code order.lines}. A quote closes only the quote it
	 * opened ({@code [} with {@code ]}), and the part is unquoted as {@link #unquote} does.
	 * @param name the name, or {@code null}
	 * @return the key, or {@code null}
	 */
	public static String unqualifiedKey(String name) {
		if (name == null) {
			return null;
		}
		String trimmed = name.trim();
		return key(trimmed.substring(Quoting.PAIRED.lastDot(trimmed) + 1));
	}

	/**
	 * Returns the key of the last part of a possibly qualified name, without its schema, read
	 * loosely: any of {@code " ` [ ]} opens or closes a quoted part, a last part that starts
	 * with one of them loses its first and last character whatever they are, a doubled quote
	 * stays doubled and spaces after the dot stay. {@code Sales."Orders"} gives {@code orders}.
	 * @param name the name, or {@code null}
	 * @return the key, or {@code null}
	 */
	public static String looseUnqualifiedKey(String name) {
		if (name == null) {
			return null;
		}
		String trimmed = name.trim();
		String last = trimmed.substring(Quoting.LOOSE.lastDot(trimmed) + 1);
		if (last.length() > 1 && Quoting.LOOSE.opens(last.charAt(0))) {
			last = last.substring(1, last.length() - 1);
		}
		return last.toLowerCase(Locale.ROOT);
	}

	/**
	 * Returns the key of a column from the keys of its table and its name:
	 * {@code table.column}, each part in lower case.
	 * @param table the table's key
	 * @param column the column's key
	 * @return the key
	 */
	public static String columnKey(String table, String column) {
		return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
	}

	/**
	 * Returns the key of a column of a table as {@link #looseUnqualifiedKey} reads both names:
	 * {@code table.column}.
	 * @param table the table's name
	 * @param column the column's name
	 * @return the key
	 */
	public static String looseColumnKey(String table, String column) {
		return columnKey(looseUnqualifiedKey(table), looseUnqualifiedKey(column));
	}

	/**
	 * How the quotes of a qualified name are read when looking for the dot before its last
	 * part.
	 */
	private enum Quoting {

		/** A quote closes only the quote it opened: {@code "…"}, {@code `…`}, {@code […]}. */
		PAIRED,

		/** Any of {@code " ` [ ]} opens a quoted part and any of them closes it. */
		LOOSE;

		/**
		 * Returns whether a character opens a quoted part.
		 */
		boolean opens(char c) {
			return c == '"' || c == '`' || c == '[' || (this == LOOSE && c == ']');
		}

		/**
		 * Returns whether a character closes a quoted part that the given character would close.
		 */
		boolean closes(char closing, char c) {
			return c == closing || (this == LOOSE && opens(c));
		}

		/**
		 * Returns the index of the last dot outside quotes, or {@code -1}.
		 */
		int lastDot(String name) {
			char closing = 0;
			int dot = -1;
			for (int i = 0; i < name.length(); i++) {
				char c = name.charAt(i);
				if (closing != 0) {
					closing = closes(closing, c) ? 0 : closing;
				}
				else if (opens(c)) {
					closing = (c == '[') ? ']' : c;
				}
				else if (c == '.') {
					dot = i;
				}
			}
			return dot;
		}

	}

}
