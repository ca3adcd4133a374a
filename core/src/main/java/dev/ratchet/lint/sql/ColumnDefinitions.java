package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.sf.jsqlparser.statement.create.table.ColumnDefinition;

/**
 * Reads the constraints of a parsed column definition ({@code ADD COLUMN}, {@code MODIFY},
 * {@code CHANGE}) from JSqlParser's rendering of its type and options.
 */
final class ColumnDefinitions {

	private static final Set<String> SERIAL_TYPES = Set.of("SERIAL", "SMALLSERIAL", "BIGSERIAL", "SERIAL2", "SERIAL4",
			"SERIAL8");

	private static final Set<String> GENERATED = Set.of("DEFAULT", "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY",
			"GENERATED", "AS", "SERIAL");

	private ColumnDefinitions() {
	}

	/**
	 * Returns whether the definition says {@code NOT NULL}.
	 */
	static boolean isNotNull(ColumnDefinition column) {
		return isNotNull(words(column));
	}

	/**
	 * Returns whether every existing row would need a value the definition does not give:
	 * {@code NOT NULL} or {@code PRIMARY KEY} without a default, an identity or a
	 * generated value.
	 */
	static boolean isRequiredWithoutDefault(ColumnDefinition column) {
		List<String> words = words(column);
		boolean required = isNotNull(words) || containsPair(words, "PRIMARY", "KEY");
		boolean filled = words.stream().anyMatch((word) -> GENERATED.contains(word) || SERIAL_TYPES.contains(word));
		return required && !filled;
	}

	/**
	 * Returns whether an {@code ALTER COLUMN} gives a new type, rather than H2's
	 * {@code SET …} options such as {@code SET NULL} or an identity change.
	 */
	static boolean isTypeChange(ColumnDefinition column) {
		List<String> words = words(column);
		return column.getColDataType() != null && !words.isEmpty() && !words.get(0).equals("SET");
	}

	/**
	 * Returns whether the definition is H2's {@code SET NULL}, which drops NOT NULL.
	 */
	static boolean isSetNull(ColumnDefinition column) {
		return words(column).equals(List.of("SET", "NULL"));
	}

	/**
	 * Returns the definition's type as written, such as {@code varchar (20)}.
	 */
	static String type(ColumnDefinition column) {
		return (column.getColDataType() != null) ? column.getColDataType().toString() : "";
	}

	private static boolean isNotNull(List<String> words) {
		return containsPair(words, "NOT", "NULL");
	}

	private static boolean containsPair(List<String> words, String first, String second) {
		for (int i = 0; i + 1 < words.size(); i++) {
			if (words.get(i).equals(first) && words.get(i + 1).equals(second)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> words(ColumnDefinition column) {
		List<String> words = new ArrayList<>();
		for (SqlToken token : SqlLexer.tokenize(column.toStringDataTypeAndSpec())) {
			if (token.kind() == SqlToken.Kind.WORD) {
				words.add(token.value());
			}
		}
		return words;
	}

}
