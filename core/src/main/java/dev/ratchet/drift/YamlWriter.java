package dev.ratchet.drift;

import java.util.regex.Pattern;

/**
 * Writes the block-style YAML of a Liquibase changelog: sequences of single-key mappings
 * ({@code - createTable:}) holding fields and nested mappings, two spaces per level.
 * Scalars are written plain when that is unambiguous, single-quoted otherwise.
 */
public final class YamlWriter {

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_ ().,$-]*");

	private final StringBuilder yaml = new StringBuilder();

	private int depth;

	/**
	 * Creates a writer whose items start at a depth.
	 * @param depth the depth of the first item, in levels of two spaces
	 */
	public YamlWriter(int depth) {
		this.depth = depth;
	}

	/**
	 * Starts a sequence item that is a mapping with one key: {@code - name:}. Its fields
	 * follow; {@link #close()} ends it.
	 */
	public YamlWriter item(String name) {
		indent(this.depth - 1).append("- ").append(name).append(":\n");
		this.depth += 1;
		return this;
	}

	/**
	 * Starts a nested mapping or sequence: {@code name:}; {@link #close()} ends it.
	 */
	public YamlWriter open(String name) {
		indent(this.depth).append(name).append(":\n");
		this.depth += 1;
		return this;
	}

	/**
	 * Writes a field: {@code name: value}.
	 * @param name the key
	 * @param value the scalar
	 * @return this writer
	 */
	public YamlWriter field(String name, String value) {
		indent(this.depth).append(name).append(": ").append(scalar(value)).append('\n');
		return this;
	}

	/**
	 * Writes a boolean field.
	 * @param name the key
	 * @param value the value
	 * @return this writer
	 */
	public YamlWriter flag(String name, boolean value) {
		indent(this.depth).append(name).append(": ").append(value).append('\n');
		return this;
	}

	/**
	 * Ends the innermost item or mapping.
	 * @return this writer
	 */
	public YamlWriter close() {
		this.depth -= 1;
		return this;
	}

	/**
	 * Returns whether nothing was written.
	 * @return whether it is empty
	 */
	public boolean isEmpty() {
		return this.yaml.isEmpty();
	}

	private StringBuilder indent(int levels) {
		return this.yaml.append("  ".repeat(Math.max(levels, 0)));
	}

	/**
	 * Returns a scalar as YAML: plain when unambiguous, otherwise single-quoted.
	 */
	public static String scalar(String value) {
		boolean keyword = value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
				|| value.equalsIgnoreCase("null") || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("no");
		if (PLAIN.matcher(value).matches() && !value.endsWith(" ") && !keyword) {
			return value;
		}
		return "'" + value.replace("'", "''") + "'";
	}

	@Override
	public String toString() {
		return this.yaml.toString();
	}

}
