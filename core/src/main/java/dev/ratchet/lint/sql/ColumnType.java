package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A column type as written ({@code VARCHAR(50)}, {@code character varying(50)},
 * {@code numeric(12,2)}, {@code int8}), read into a canonical name and its length or
 * precision and scale, so two spellings of one type compare equal.
 *
 * @param name the canonical name in lower case, such as {@code varchar} or {@code bigint}
 * @param arguments the length, or precision and scale; empty when none is written
 */
public record ColumnType(String name, List<Integer> arguments) {

	private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("character varying", "varchar"),
			Map.entry("varchar2", "varchar"), Map.entry("nvarchar", "varchar"), Map.entry("nvarchar2", "varchar"),
			Map.entry("character", "char"), Map.entry("bpchar", "char"), Map.entry("nchar", "char"),
			Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("mediumint", "integer"),
			Map.entry("int8", "bigint"), Map.entry("int2", "smallint"), Map.entry("decimal", "numeric"),
			Map.entry("number", "numeric"), Map.entry("float8", "double precision"), Map.entry("double", "double precision"),
			Map.entry("float4", "real"), Map.entry("bool", "boolean"), Map.entry("longtext", "text"),
			Map.entry("mediumtext", "text"), Map.entry("clob", "text"), Map.entry("timestamp without time zone", "timestamp"),
			Map.entry("timestamp with time zone", "timestamptz"), Map.entry("serial4", "serial"),
			Map.entry("serial8", "bigserial"));

	private static final List<String> CLAUSES = List.of(" not null", " null", " default ", " collate ",
			" character set ", " charset ", " primary key", " auto_increment", " comment ");

	private static final java.util.Set<String> TEMPORAL = java.util.Set.of("timestamp", "timestamptz", "datetime",
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
		String type = withoutConstraints(text.trim().toLowerCase(Locale.ROOT));
		if (type.startsWith("java.sql.types.")) {
			type = type.substring("java.sql.types.".length());
		}
		List<Integer> arguments = new ArrayList<>();
		int open = type.indexOf('(');
		String name = type;
		if (open >= 0) {
			int close = type.indexOf(')', open);
			for (String argument : type.substring(open + 1, (close > open) ? close : type.length()).split(",")) {
				String number = argument.trim().split("\\s+")[0];
				if (!number.isEmpty() && number.chars().allMatch(Character::isDigit)) {
					arguments.add(Integer.parseInt(number));
				}
			}
			name = type.substring(0, open) + ((close > open) ? type.substring(close + 1) : "");
		}
		name = name.replaceAll("\\s+", " ").replace(" unsigned", "").trim();
		return new ColumnType(SYNONYMS.getOrDefault(name, name), arguments);
	}

	private static String withoutConstraints(String type) {
		String cut = type;
		for (String clause : CLAUSES) {
			int index = cut.indexOf(clause);
			if (index > 0) {
				cut = cut.substring(0, index);
			}
		}
		return cut.trim();
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
