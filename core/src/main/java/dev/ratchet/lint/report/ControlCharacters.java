package dev.ratchet.lint.report;

/**
 * Writes text from a changelog (changeset ids, file names, SQL, messages) so that it stays on
 * the line a report gives it: a line break, a carriage return and every other control
 * character is written as its Java escape ({@code \n}, {@code \r}, {@code \t},
 * {@code \u001b}). A changeset id cannot then start a line of its own, such as a GitHub Actions
 * workflow command, nor move the terminal's cursor.
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * Returns text with its control characters escaped.
	 * @param text the text, or {@code null}
	 * @return the escaped text; {@code null} as {@code "null"}
	 */
	static String escaped(Object text) {
		String value = String.valueOf(text);
		StringBuilder escaped = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			String replacement = replacement(c);
			if (replacement != null && escaped == null) {
				escaped = new StringBuilder(value.length() + 8).append(value, 0, i);
			}
			if (escaped != null) {
				escaped.append((replacement != null) ? replacement : String.valueOf(c));
			}
		}
		return (escaped != null) ? escaped.toString() : value;
	}

	private static String replacement(char c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			default -> {
				int type = Character.getType(c);
				boolean control = type == Character.CONTROL || type == Character.LINE_SEPARATOR
						|| type == Character.PARAGRAPH_SEPARATOR;
				yield control ? String.format("\\u%04x", (int) c) : null;
			}
		};
	}

}
