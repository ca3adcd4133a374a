package dev.ratchet.drift;

import java.util.Locale;
import java.util.Set;

import dev.ratchet.TypeNames;

/**
 * Describes a live column's type for reports, such as {@code varchar(100)} or
 * {@code numeric(10,2)}, and tells the character types with a declared maximum length.
 * Type names are compared by their {@link TypeNames#baseName base name}.
 */
final class TypeName {

	private static final Set<String> BOUNDED_TEXT = Set.of("char", "varchar", "national char", "national character",
			"national char varying", "national character varying", "varchar_ignorecase");

	private static final Set<String> BOUNDED_BINARY = Set.of("binary", "varbinary", "binary varying", "bit");

	private static final Set<String> DECIMAL = Set.of("numeric", "dec");

	private TypeName() {
	}

	/**
	 * Returns whether the base name is a character type with a declared maximum length, such
	 * as {@code varchar}, as opposed to {@code text} or {@code clob}.
	 */
	static boolean isBoundedText(String baseName) {
		return BOUNDED_TEXT.contains(baseName);
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
		String baseName = TypeNames.baseName(name);
		Integer size = column.size();
		if (size == null || size <= 0 || size == Integer.MAX_VALUE) {
			return name;
		}
		if (isBoundedText(baseName) || BOUNDED_BINARY.contains(baseName)) {
			return name + "(" + size + ")";
		}
		if (DECIMAL.contains(baseName)) {
			Integer scale = column.decimalDigits();
			return name + "(" + size + ((scale != null && scale > 0) ? "," + scale : "") + ")";
		}
		return name;
	}

}
