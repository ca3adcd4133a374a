package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The body of a {@code CREATE FUNCTION} or {@code CREATE PROCEDURE} statement and the
 * language it is written in: a PostgreSQL body in a (dollar-)quoted literal or
 * {@code BEGIN ATOMIC … END}, a {@code RETURN} expression, a MySQL or MariaDB compound
 * statement or single statement, or an Oracle body after {@code AS}/{@code IS}.
 *
 * @param name the routine's name, lower case without schema
 * @param language the language in lower case, such as {@code plpgsql} or {@code sql};
 * {@code sql} when the statement names none
 * @param body the body's tokens
 * @param declarations whether the body starts with declarations before its {@code BEGIN}
 */
record RoutineSource(String name, String language, List<SqlToken> body, boolean declarations) {

	private static final Set<String> INSPECTED = Set.of("sql", "plpgsql");

	private static final Set<String> COMPILED = Set.of("c", "internal");

	private static final Set<String> BODY_STARTS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE",
			"TRUNCATE", "DROP", "ALTER", "CREATE", "REPLACE", "CALL", "SET", "WITH", "DECLARE");

	/**
	 * Reads the routine a {@code CREATE} statement creates.
	 * @param statement the statement
	 * @param kind the index of its {@code FUNCTION} or {@code PROCEDURE} keyword
	 * @return the routine's source, or {@code null} when it has no name
	 */
	static RoutineSource read(SqlStatement statement, int kind) {
		List<SqlToken> tokens = statement.tokens();
		String name = SqlStatement.nameAt(tokens, kind + 1);
		if (name == null) {
			return null;
		}
		int afterName = afterName(tokens, kind + 1);
		int start = (afterName < tokens.size() && tokens.get(afterName).isSymbol("(")) ? closing(tokens, afterName) + 1
				: afterName;
		String language = language(tokens, start);
		boolean quotedBody = quotedBody(tokens, start);
		for (int i = start; i < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			if (quotedBody && !token.is("AS")) {
				continue;
			}
			if ((token.is("AS") || token.is("IS")) && i + 1 < tokens.size()) {
				SqlToken next = tokens.get(i + 1);
				if (next.isLiteral()) {
					return new RoutineSource(name, language, SqlLexer.tokenize(next.value()), false);
				}
				return new RoutineSource(name, language, tokens.subList(i + 1, tokens.size()), !next.is("BEGIN"));
			}
			if (token.is("BEGIN")) {
				return new RoutineSource(name, language, tokens.subList(i, tokens.size()), false);
			}
			if (token.is("RETURN")) {
				List<SqlToken> select = new ArrayList<>();
				select.add(SqlToken.word("SELECT"));
				select.addAll(tokens.subList(i + 1, tokens.size()));
				return new RoutineSource(name, language, select, false);
			}
			if (token.kind() == SqlToken.Kind.WORD && BODY_STARTS.contains(token.value()) && !isCharacteristic(tokens, i)) {
				return new RoutineSource(name, language, tokens.subList(i, tokens.size()), false);
			}
		}
		return new RoutineSource(name, language, List.of(), false);
	}

	/**
	 * Returns whether Ratchet reads the body: SQL, PL/pgSQL, or the procedural SQL of MySQL,
	 * MariaDB and Oracle.
	 * @return whether the body is inspected
	 */
	boolean isInspected() {
		return INSPECTED.contains(this.language);
	}

	/**
	 * Returns whether the body is compiled code (C, internal), which a migration's own SQL
	 * does not write.
	 * @return whether it is compiled
	 */
	boolean isCompiled() {
		return COMPILED.contains(this.language);
	}

	private static boolean isCharacteristic(List<SqlToken> tokens, int i) {
		SqlToken previous = (i > 0) ? tokens.get(i - 1) : null;
		return previous != null && (previous.is("SQL") || previous.is("SECURITY") || previous.is("MODIFIES")
				|| previous.is("READS") || previous.is("RETURNS"));
	}

	private static String language(List<SqlToken> tokens, int start) {
		for (int i = start; i + 1 < tokens.size(); i++) {
			if (tokens.get(i).is("LANGUAGE")) {
				SqlToken language = tokens.get(i + 1);
				String value = language.isLiteral() || language.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
						? language.value() : language.text();
				return value.toLowerCase(Locale.ROOT);
			}
		}
		return "sql";
	}

	private static boolean quotedBody(List<SqlToken> tokens, int start) {
		for (int i = start; i + 1 < tokens.size() && !tokens.get(i).is("BEGIN"); i++) {
			if (tokens.get(i).is("AS") && tokens.get(i + 1).isLiteral()) {
				return true;
			}
		}
		return false;
	}

	private static int afterName(List<SqlToken> tokens, int from) {
		int i = from;
		while (i < tokens.size() && (tokens.get(i).is("IF") || tokens.get(i).is("NOT") || tokens.get(i).is("EXISTS"))) {
			i++;
		}
		while (i < tokens.size() && tokens.get(i).isName()) {
			i++;
			if (i + 1 < tokens.size() && tokens.get(i).isSymbol(".")) {
				i++;
			}
			else {
				break;
			}
		}
		return i;
	}

	private static int closing(List<SqlToken> tokens, int open) {
		int depth = 0;
		for (int i = open; i < tokens.size(); i++) {
			depth += tokens.get(i).isSymbol("(") ? 1 : tokens.get(i).isSymbol(")") ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		return tokens.size() - 1;
	}

}
