package dev.ratchet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * SQL type names as Ratchet compares them everywhere (lint, drift): in lower case, without
 * their arguments and modifiers, and with synonyms such as {@code character varying} and
 * {@code int8} read as one canonical name, {@code varchar} and {@code bigint}.
 */
public final class TypeNames {

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

	private static final String JDBC_PREFIX = "java.sql.types.";

	private static final Set<String> MODIFIERS = Set.of("unsigned", "signed", "zerofill");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private TypeNames() {
	}

	/**
	 * Returns the canonical name of a type name that is already in lower case, without
	 * arguments and with single spaces: {@code int8} gives {@code bigint}.
	 * @param name the name
	 * @return the canonical name, or the name itself when it has no synonym
	 */
	public static String canonical(String name) {
		return SYNONYMS.getOrDefault(name, name);
	}

	/**
	 * Returns the canonical name of a type as a column declares it (in a changelog, in SQL,
	 * in a database's catalog): in lower case and with single spaces, without what follows
	 * the type in a column definition ({@code NOT NULL}, {@code DEFAULT …}, {@code COLLATE …}),
	 * without a {@code java.sql.Types.} prefix, its first argument list and {@code UNSIGNED}.
	 * Quotes stay. {@code CHARACTER VARYING(50) NOT NULL} gives {@code varchar}.
	 * @param text the type as written, not blank
	 * @return the canonical name
	 */
	public static String declaredName(String text) {
		String type = declaration(text);
		int open = type.indexOf('(');
		String name = type;
		if (open >= 0) {
			int close = type.indexOf(')', open);
			name = type.substring(0, open) + ((close > open) ? type.substring(close + 1) : "");
		}
		return canonical(WHITESPACE.matcher(name).replaceAll(" ").replace(" unsigned", "").trim());
	}

	/**
	 * Returns the numbers in the first argument list of a type as a column declares it:
	 * {@code numeric(12,2)} gives 12 and 2; an argument that is not a number is left out.
	 * @param text the type as written, not blank
	 * @return the length, or the precision and scale; empty when none is written
	 */
	public static List<Integer> declaredArguments(String text) {
		String type = declaration(text);
		List<Integer> arguments = new ArrayList<>();
		int open = type.indexOf('(');
		if (open >= 0) {
			int close = type.indexOf(')', open);
			for (String argument : type.substring(open + 1, (close > open) ? close : type.length()).split(",")) {
				String number = argument.trim().split("\\s+")[0];
				if (!number.isEmpty() && number.chars().allMatch(Character::isDigit)) {
					arguments.add(Integer.parseInt(number));
				}
			}
		}
		return arguments;
	}

	/**
	 * Returns the canonical name of a type without any argument list, quotes or modifiers
	 * ({@code unsigned}, {@code signed}, {@code zerofill}), as databases and entity mappings
	 * report types: {@code TIMESTAMP(6) WITH TIME ZONE} gives {@code timestamptz},
	 * {@code INT UNSIGNED} gives {@code integer}.
	 * @param typeName the type name, or {@code null}
	 * @return the canonical name; empty for {@code null}
	 */
	public static String baseName(String typeName) {
		return canonical(words(typeName));
	}

	private static String declaration(String text) {
		String type = text.trim().toLowerCase(Locale.ROOT);
		for (String clause : CLAUSES) {
			int index = type.indexOf(clause);
			if (index > 0) {
				type = type.substring(0, index);
			}
		}
		type = type.trim();
		return type.startsWith(JDBC_PREFIX) ? type.substring(JDBC_PREFIX.length()) : type;
	}

	private static String words(String typeName) {
		if (typeName == null) {
			return "";
		}
		String lowerCase = typeName.toLowerCase(Locale.ROOT);
		if (isSimple(lowerCase)) {
			return lowerCase;
		}
		StringJoiner words = new StringJoiner(" ");
		for (String word : WHITESPACE.split(withoutArguments(typeName))) {
			String bare = word.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
			if (!bare.isEmpty() && !MODIFIERS.contains(bare)) {
				words.add(bare);
			}
		}
		return words.toString();
	}

	private static boolean isSimple(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return !MODIFIERS.contains(name);
	}

	private static String withoutArguments(String typeName) {
		StringBuilder text = new StringBuilder(typeName.length());
		int depth = 0;
		for (int i = 0; i < typeName.length(); i++) {
			char c = typeName.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
				text.append(' ');
			}
			else if (depth == 0) {
				text.append(c);
			}
		}
		return text.toString().trim();
	}

}
