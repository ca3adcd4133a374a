package dev.ratchet.drift;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Normalizes the type names databases report and describes a live column's type for
 * reports, such as {@code varchar(100)} or {@code numeric(10,2)}.
 */
final class TypeName {

	private static final Set<String> BOUNDED_TEXT = Set.of("char", "character", "varchar", "character varying",
			"nchar", "nvarchar", "national char", "national character", "national char varying",
			"national character varying", "bpchar", "varchar2", "nvarchar2", "varchar_ignorecase");

	private static final Set<String> BOUNDED_BINARY = Set.of("binary", "varbinary", "binary varying", "bit");

	private static final Set<String> DECIMAL = Set.of("numeric", "decimal", "dec", "number");

	private static final Set<String> MODIFIERS = Set.of("unsigned", "signed", "zerofill");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private TypeName() {
	}

	/**
	 * Returns the type name in lower case without arguments, quotes and modifiers:
	 * {@code TIMESTAMP(6) WITH TIME ZONE} gives {@code timestamp with time zone},
	 * {@code INT UNSIGNED} gives {@code int}.
	 */
	static String normalize(String typeName) {
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

	/**
	 * Returns whether the normalized name is a character type with a declared maximum
	 * length, such as {@code varchar}, as opposed to {@code text} or {@code clob}.
	 */
	static boolean isBoundedText(String normalizedName) {
		return BOUNDED_TEXT.contains(normalizedName);
	}

	/**
	 * Returns the column's type as a report shows it: the lower-case name with the length
	 * of bounded types and the precision and scale of decimal types.
	 */
	static String describe(LiveColumn column) {
		String name = (column.typeName() != null) ? column.typeName().trim() : "";
		if (name.indexOf('(') >= 0) {
			return name;
		}
		name = name.toLowerCase(Locale.ROOT);
		String normalized = normalize(name);
		Integer size = column.size();
		if (size == null || size <= 0 || size == Integer.MAX_VALUE) {
			return name;
		}
		if (isBoundedText(normalized) || BOUNDED_BINARY.contains(normalized)) {
			return name + "(" + size + ")";
		}
		if (DECIMAL.contains(normalized)) {
			Integer scale = column.decimalDigits();
			return name + "(" + size + ((scale != null && scale > 0) ? "," + scale : "") + ")";
		}
		return name;
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
