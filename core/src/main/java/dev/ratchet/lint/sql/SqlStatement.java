package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of one SQL statement, without the {@code ;} that ends it.
 *
 * @param tokens the tokens
 */
record SqlStatement(List<SqlToken> tokens) {

	private static final Set<String> ROUTINES = Set.of("FUNCTION", "PROCEDURE", "TRIGGER", "EVENT", "ALIAS");

	private static final Set<String> BODY_KEYWORDS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "WITH",
			"RETURN", "DECLARE", "SET", "EXTERNAL", "LANGUAGE", "OBJECT", "TABLE", "VARRAY", "ENUM", "NULL", "NOT", "TRUE",
			"FALSE", "DISTINCT", "UNKNOWN", "JSON", "DOCUMENT");

	private static final Set<String> TRANSACTION_WORDS = Set.of("TRANSACTION", "WORK", "TRAN", "ISOLATION", "READ",
			"DEFERRED", "IMMEDIATE", "EXCLUSIVE", "DISTRIBUTED");

	private static final Set<String> ROUTINE_MODIFIERS = Set.of("OR", "REPLACE", "DEFINER", "AGGREGATE",
			"CONSTRAINT", "TEMP", "TEMPORARY", "CURRENT_USER");

	SqlStatement {
		tokens = List.copyOf(tokens);
	}

	/**
	 * Splits tokens into statements at each {@code ;}, except inside a routine or an
	 * anonymous block: not inside its {@code BEGIN … END} body, nor between an Oracle-style
	 * {@code AS}/{@code DECLARE} and the {@code BEGIN} after its declarations.
	 * @param tokens the tokens of a piece of SQL
	 * @return the statements, none of them empty
	 */
	static List<SqlStatement> split(List<SqlToken> tokens) {
		List<SqlStatement> statements = new ArrayList<>();
		List<SqlToken> current = new ArrayList<>();
		int depth = 0;
		int parentheses = 0;
		boolean declarations = false;
		for (int i = 0; i < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			parentheses += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			SqlToken previous = (i > 0) ? tokens.get(i - 1) : null;
			SqlToken next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : null;
			if (token.isSymbol(";")) {
				boolean block = isRoutine(current) || isBlock(current);
				if (!block || (depth == 0 && !declarations)) {
					add(statements, current);
					current = new ArrayList<>();
					depth = 0;
					parentheses = 0;
					declarations = false;
					continue;
				}
			}
			if (depth == 0 && parentheses == 0 && (current.isEmpty() ? token.is("DECLARE") : declaresBeforeBody(current, token, next))) {
				declarations = true;
			}
			int delta = blockDelta(previous, token, next);
			if (depth == 0 && delta > 0 && token.is("BEGIN")) {
				declarations = false;
			}
			depth = Math.max(0, depth + delta);
			current.add(token);
		}
		add(statements, current);
		return statements;
	}

	private static boolean declaresBeforeBody(List<SqlToken> current, SqlToken token, SqlToken next) {
		return (token.is("AS") || token.is("IS")) && next != null && next.kind() == SqlToken.Kind.WORD
				&& !next.is("BEGIN") && !BODY_KEYWORDS.contains(next.value()) && isRoutine(current);
	}

	private static void add(List<SqlStatement> statements, List<SqlToken> tokens) {
		if (!tokens.isEmpty()) {
			statements.add(new SqlStatement(tokens));
		}
	}

	private static int blockDelta(SqlToken previous, SqlToken token, SqlToken next) {
		if (token.is("BEGIN") || (token.is("CASE") && (previous == null || !previous.is("END")))) {
			return 1;
		}
		if (token.is("END")) {
			boolean closesLoop = next != null && (next.is("IF") || next.is("LOOP") || next.is("WHILE")
					|| next.is("REPEAT") || next.is("FOR"));
			return closesLoop ? 0 : -1;
		}
		return 0;
	}

	/**
	 * Returns whether the tokens start an anonymous block: {@code BEGIN …} (not a
	 * transaction's {@code BEGIN}) or {@code DECLARE … BEGIN …}.
	 */
	static boolean isBlock(List<SqlToken> tokens) {
		if (tokens.isEmpty()) {
			return false;
		}
		if (tokens.get(0).is("DECLARE")) {
			return true;
		}
		return tokens.get(0).is("BEGIN") && tokens.size() > 1 && !(tokens.get(1).kind() == SqlToken.Kind.WORD
				&& TRANSACTION_WORDS.contains(tokens.get(1).value()));
	}

	/**
	 * Returns whether this statement is an anonymous block, whose code runs now.
	 */
	boolean isBlock() {
		return isBlock(this.tokens);
	}

	/**
	 * Returns whether this statement defines a (not materialized) view, whose query does
	 * not run when the view is created.
	 */
	boolean definesView() {
		if (this.tokens.isEmpty() || !this.tokens.get(0).is("CREATE")) {
			return false;
		}
		for (int i = 1; i < Math.min(this.tokens.size(), 6); i++) {
			SqlToken token = this.tokens.get(i);
			if (token.is("VIEW")) {
				return true;
			}
			if (!token.is("OR") && !token.is("REPLACE") && !token.is("TEMP") && !token.is("TEMPORARY")
					&& !token.is("RECURSIVE") && !token.is("FORCE") && !token.is("NOFORCE")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Returns whether the tokens start a {@code CREATE FUNCTION}, {@code PROCEDURE},
	 * {@code TRIGGER}, {@code EVENT} or H2 {@code ALIAS}.
	 */
	static boolean isRoutine(List<SqlToken> tokens) {
		return routineKeyword(tokens) >= 0;
	}

	/**
	 * Returns the index of the routine kind keyword ({@code FUNCTION}, …) of a
	 * {@code CREATE} statement, or {@code -1}.
	 */
	static int routineKeyword(List<SqlToken> tokens) {
		if (tokens.isEmpty() || !tokens.get(0).is("CREATE")) {
			return -1;
		}
		boolean definer = false;
		for (int i = 1; i < Math.min(tokens.size(), 12); i++) {
			SqlToken token = tokens.get(i);
			if (token.kind() == SqlToken.Kind.WORD && ROUTINES.contains(token.value())) {
				return i;
			}
			definer |= token.is("DEFINER");
			boolean modifier = token.kind() == SqlToken.Kind.WORD && ROUTINE_MODIFIERS.contains(token.value());
			if (!modifier && !definer) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Returns the lower-case unqualified name that starts at an index, after an optional
	 * {@code IF [NOT] EXISTS}, or {@code null} when there is none.
	 */
	static String nameAt(List<SqlToken> tokens, int index) {
		int i = index;
		while (i < tokens.size()
				&& (tokens.get(i).is("IF") || tokens.get(i).is("NOT") || tokens.get(i).is("EXISTS"))) {
			i++;
		}
		String name = null;
		while (i < tokens.size() && tokens.get(i).isName()) {
			name = tokens.get(i).value();
			if (i + 2 >= tokens.size() || !tokens.get(i + 1).isSymbol(".")) {
				break;
			}
			i += 2;
		}
		return (name != null) ? name.toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * Returns whether the statement starts with the given keywords.
	 */
	boolean startsWith(String... keywords) {
		if (this.tokens.size() < keywords.length) {
			return false;
		}
		for (int i = 0; i < keywords.length; i++) {
			if (!this.tokens.get(i).is(keywords[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Returns the statement as JSqlParser reads it.
	 */
	String parserText() {
		return text(this.tokens);
	}

	/**
	 * Returns tokens as JSqlParser reads them, spaced as they were written.
	 */
	static String text(List<SqlToken> tokens) {
		return join(tokens, false);
	}

	/**
	 * Returns tokens as a finding's message quotes them, spaced as they were written, each
	 * literal shown as {@code '…'} ({@link SqlToken#shownText()}).
	 */
	static String shown(List<SqlToken> tokens) {
		return join(tokens, true);
	}

	private static String join(List<SqlToken> tokens, boolean shown) {
		StringBuilder text = new StringBuilder();
		for (SqlToken token : tokens) {
			if (token.spaced() && !text.isEmpty()) {
				text.append(' ');
			}
			text.append(shown ? token.shownText() : token.parserText());
		}
		return text.toString();
	}

}
