package dev.ratchet.lint.report;

import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON from maps (objects, in their own order), collections (arrays), strings,
 * numbers, booleans and {@code null}, indented two spaces a level.
 */
final class Json {

	private static final String NL = System.lineSeparator();

	private Json() {
	}

	/**
	 * Writes a value as indented JSON.
	 * @param value the value
	 * @return the JSON
	 */
	static String write(Object value) {
		StringBuilder json = new StringBuilder();
		write(value, json, "");
		return json.toString();
	}

	private static void write(Object value, StringBuilder json, String indent) {
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				json.append("{}");
				return;
			}
			json.append('{');
			String separator = NL;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				json.append(separator).append(indent).append("  ").append(string(String.valueOf(entry.getKey())))
					.append(": ");
				write(entry.getValue(), json, indent + "  ");
				separator = "," + NL;
			}
			json.append(NL).append(indent).append('}');
		}
		else if (value instanceof Collection<?> items) {
			if (items.isEmpty()) {
				json.append("[]");
				return;
			}
			json.append('[');
			String separator = NL;
			for (Object item : items) {
				json.append(separator).append(indent).append("  ");
				write(item, json, indent + "  ");
				separator = "," + NL;
			}
			json.append(NL).append(indent).append(']');
		}
		else if (value instanceof Number || value instanceof Boolean) {
			json.append(value);
		}
		else {
			json.append(string((value != null) ? value.toString() : null));
		}
	}

	/**
	 * Returns a string as a JSON string literal, or {@code null}.
	 * @param value the string
	 * @return the literal
	 */
	static String string(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}
