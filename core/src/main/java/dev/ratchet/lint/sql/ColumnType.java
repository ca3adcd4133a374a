package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Set;

import dev.ratchet.TypeNames;

/**
 * A column type as written ({@code VARCHAR(50)}, {@code character varying(50)},
 * {@code numeric(12,2)}, {@code int8}), read into a canonical name and its length or
 * precision and scale ({@link TypeNames}), so two spellings of one type compare equal.
 *
 * @param name the canonical name in lower case, such as {@code varchar} or {@code bigint}
 * @param arguments the length, or precision and scale; empty when none is written
 */
public record ColumnType(String name, List<Integer> arguments) {

	private static final Set<String> TEMPORAL = Set.of("timestamp", "timestamptz", "datetime",
			"time", "timetz", "datetime2");

	/**
	 * Creates a new instance.
	 */
	public ColumnType {
		arguments = List.copyOf(arguments);
	}

	/**
	 * Reads a type as written.
	 * @param text the type, such as {@code VARCHAR(50)}
	 * @return the type, or {@code null} when there is none to read
	 */
	public static ColumnType parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return new ColumnType(TypeNames.declaredName(text), TypeNames.declaredArguments(text));
	}

	/**
	 * Returns whether the type is a date, time or timestamp, whose argument is the precision of
	 * its fractional seconds.
	 * @return whether it is temporal
	 */
	public boolean isTemporal() {
		return TEMPORAL.contains(this.name);
	}

	/**
	 * Returns the length of a character type, or the precision of a numeric one.
	 * @return the first argument, or {@code -1} when none is written (unbounded)
	 */
	public int length() {
		return this.arguments.isEmpty() ? -1 : this.arguments.get(0);
	}

	/**
	 * Returns the scale of a numeric type.
	 * @return the second argument, or {@code 0}
	 */
	public int scale() {
		return (this.arguments.size() > 1) ? this.arguments.get(1) : 0;
	}

	@Override
	public String toString() {
		return this.arguments.isEmpty() ? this.name
				: this.name + "(" + String.join(",", this.arguments.stream().map(String::valueOf).toList()) + ")";
	}

}
