package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.ratchet.Identifiers;

/**
 * A constraint (or MySQL index) as {@code ALTER TABLE … ADD} writes it: PostgreSQL's
 * {@code [CONSTRAINT name] CHECK | UNIQUE | PRIMARY KEY | FOREIGN KEY | EXCLUDE …}, the
 * {@code USING INDEX} form that turns an existing unique index into a constraint, and
 * MySQL's {@code UNIQUE INDEX}, {@code INDEX}, {@code KEY}, {@code FULLTEXT} and
 * {@code SPATIAL}.
 *
 * @param name the constraint's name, or {@code null} when the database names it
 * @param kind what it is
 * @param columns the columns it is on, lower case; empty when not written (a check, an
 * exclusion, {@code USING INDEX})
 * @param usingIndex the existing index it is built on, or {@code null}
 * @param references the referenced table of a foreign key
 * @param notValid whether it is added {@code NOT VALID}: existing rows are not checked
 * @param check the condition of a check
 */
record TableConstraint(String name, ConstraintKind kind, List<String> columns, String usingIndex, String references,
		boolean notValid, List<SqlToken> check) {

	private static final Set<String> CHECK_KEYWORDS = Set.of("AND", "OR", "NOT", "IS", "NULL",
			"TRUE", "FALSE", "IN", "LIKE", "ILIKE", "BETWEEN", "ANY", "ALL", "SOME", "CASE", "WHEN", "THEN", "ELSE",
			"END", "CAST", "AS", "SIMILAR", "TO", "ESCAPE", "DISTINCT", "FROM", "VALUE", "CURRENT_DATE",
			"CURRENT_TIMESTAMP", "INTERVAL");

	TableConstraint {
		columns = List.copyOf(columns);
	}

	/**
	 * Returns whether a constraint (or MySQL index) starts at the cursor.
	 */
	static boolean startsAt(TokenCursor cursor) {
		return cursor.at("CONSTRAINT") || cursor.at("CHECK") || cursor.at("UNIQUE") || cursor.at("PRIMARY", "KEY")
				|| cursor.at("FOREIGN", "KEY") || cursor.at("EXCLUDE") || cursor.at("INDEX") || cursor.at("KEY")
				|| cursor.at("FULLTEXT") || cursor.at("SPATIAL");
	}

	/**
	 * Reads a constraint.
	 * @param cursor where {@link #startsAt} found one
	 * @return the constraint, or {@code null} when it is of no kind read here
	 */
	static TableConstraint read(TokenCursor cursor) {
		String name = null;
		if (cursor.accept("CONSTRAINT") && !startsAt(cursor)) {
			name = cursor.name();
		}
		ConstraintKind kind;
		List<String> columns = List.of();
		String usingIndex = null;
		String references = null;
		List<SqlToken> check = null;
		if (cursor.accept("CHECK")) {
			kind = ConstraintKind.CHECK;
			check = cursor.parenthesized();
		}
		else if (cursor.accept("FOREIGN", "KEY")) {
			kind = ConstraintKind.FOREIGN_KEY;
			name = indexName(cursor, name);
			columns = columns(cursor.parenthesized());
			if (cursor.accept("REFERENCES")) {
				references = cursor.name();
			}
		}
		else if (cursor.accept("EXCLUDE")) {
			kind = ConstraintKind.EXCLUDE;
		}
		else if (cursor.at("PRIMARY", "KEY") || cursor.at("UNIQUE")) {
			kind = cursor.accept("UNIQUE") ? ConstraintKind.UNIQUE : ConstraintKind.PRIMARY_KEY;
			cursor.accept("PRIMARY", "KEY");
			if (cursor.accept("USING", "INDEX")) {
				usingIndex = cursor.name();
			}
			else {
				name = (cursor.accept("INDEX") || cursor.accept("KEY")) ? indexName(cursor, name) : name;
				columns = keyColumns(cursor);
			}
		}
		else if (cursor.accept("FULLTEXT") || cursor.accept("SPATIAL") || cursor.at("INDEX") || cursor.at("KEY")) {
			kind = ConstraintKind.INDEX;
			cursor.accept("INDEX");
			cursor.accept("KEY");
			name = indexName(cursor, name);
			columns = keyColumns(cursor);
		}
		else {
			return null;
		}
		boolean notValid = false;
		while (!cursor.atEnd()) {
			notValid |= cursor.accept("NOT", "VALID");
			if (!cursor.atEnd()) {
				cursor.next();
			}
		}
		if (kind == ConstraintKind.CHECK && check != null) {
			columns = checkedColumns(check);
		}
		return new TableConstraint(name, kind, columns, usingIndex, references, notValid,
				(check != null) ? check : List.of());
	}

	/**
	 * Reads the optional index name MySQL allows before the columns.
	 */
	private static String indexName(TokenCursor cursor, String name) {
		if (!cursor.atEnd() && cursor.peek().isName() && !cursor.at("USING")) {
			String index = cursor.name();
			return (name != null) ? name : index;
		}
		return name;
	}

	/**
	 * Reads {@code [USING method] [NULLS [NOT] DISTINCT] (columns)}.
	 */
	private static List<String> keyColumns(TokenCursor cursor) {
		if (cursor.accept("USING")) {
			cursor.name();
		}
		cursor.accept("NULLS", "NOT", "DISTINCT");
		cursor.accept("NULLS", "DISTINCT");
		return columns(cursor.parenthesized());
	}

	/**
	 * Returns the column a check's condition is about when it names exactly one, which
	 * PostgreSQL puts in the name it gives the check ({@code orders_qty_check}).
	 */
	private static List<String> checkedColumns(List<SqlToken> condition) {
		Set<String> names = new LinkedHashSet<>();
		for (int i = 0; i < condition.size(); i++) {
			SqlToken token = condition.get(i);
			boolean call = i + 1 < condition.size() && condition.get(i + 1).isSymbol("(");
			boolean keyword = token.kind() == SqlToken.Kind.WORD && CHECK_KEYWORDS.contains(token.value());
			if (token.isName() && !call && !keyword) {
				names.add(Identifiers.unqualifiedKey(token.value()));
			}
		}
		return (names.size() == 1) ? List.copyOf(names) : List.of();
	}

	private static List<String> columns(List<SqlToken> tokens) {
		List<String> columns = new ArrayList<>();
		if (tokens == null) {
			return columns;
		}
		boolean expectName = true;
		int depth = 0;
		for (SqlToken token : tokens) {
			if (depth == 0 && expectName && token.isName()) {
				columns.add(Identifiers.unqualifiedKey(token.value()));
				expectName = false;
			}
			depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			if (depth == 0 && token.isSymbol(",")) {
				expectName = true;
			}
		}
		return columns;
	}

}
