package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the forms JSqlParser 5.4 misreads or cannot read into equivalent forms it reads,
 * without changing what rules see: {@code DROP INDEX CONCURRENTLY}, PostgreSQL's
 * {@code TRUNCATE} options, MySQL's {@code DROP FOREIGN KEY name}, {@code SET DATA TYPE},
 * H2's {@code ALTER COLUMN … RENAME TO} and {@code DROP COLUMN (a, b)}, PostgreSQL's
 * {@code NOT VALID} constraints, a {@code CHECK} added without a name,
 * {@code DROP COLUMN … RESTRICT}, {@code CREATE SEQUENCE IF NOT EXISTS} and
 * {@code SET name TO value}, and H2's {@code TRUNCATE TABLE IF EXISTS}.
 */
final class ParserGaps {

	private ParserGaps() {
	}

	/**
	 * Returns the statement's tokens with known parser gaps closed.
	 * @param statement the statement
	 * @return the tokens to parse
	 */
	static List<SqlToken> close(SqlStatement statement) {
		List<SqlToken> tokens = statement.tokens();
		if (statement.startsWith("DROP", "INDEX", "CONCURRENTLY")) {
			return without(tokens, 2, 3);
		}
		if (statement.startsWith("CREATE", "SEQUENCE", "IF", "NOT", "EXISTS")) {
			return without(tokens, 2, 5);
		}
		if (statement.startsWith("TRUNCATE")) {
			return truncate(tokens);
		}
		if (statement.startsWith("ALTER", "TABLE")) {
			return alterTable(tokens);
		}
		if (statement.startsWith("SET") && tokens.size() > 3 && tokens.get(2).is("TO")) {
			List<SqlToken> assignment = new ArrayList<>(tokens);
			assignment.set(2, SqlToken.symbol("="));
			return assignment;
		}
		return tokens;
	}

	private static List<SqlToken> without(List<SqlToken> tokens, int from, int to) {
		List<SqlToken> rest = new ArrayList<>(tokens.subList(0, from));
		rest.addAll(tokens.subList(to, tokens.size()));
		return rest;
	}

	private static List<SqlToken> truncate(List<SqlToken> tokens) {
		List<SqlToken> kept = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			SqlToken token = tokens.get(i);
			boolean pair = ((token.is("RESTART") || token.is("CONTINUE")) && at(tokens, i + 1, "IDENTITY"))
					|| at(tokens, i, "IF", "EXISTS");
			if (!pair && !token.is("ONLY") && !token.is("RESTRICT") && !token.isSymbol("*")) {
				kept.add(token);
			}
			i += pair ? 2 : 1;
		}
		return kept;
	}

	private static List<SqlToken> alterTable(List<SqlToken> tokens) {
		List<SqlToken> out = new ArrayList<>();
		int depth = 0;
		int i = 0;
		while (i < tokens.size()) {
			SqlToken token = tokens.get(i);
			depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			int next = (depth == 0 && i > 1) ? rewriteAction(tokens, i, out) : i;
			if (next == i) {
				out.add(token);
				next++;
			}
			i = next;
		}
		return out;
	}

	private static int rewriteAction(List<SqlToken> tokens, int i, List<SqlToken> out) {
		if (at(tokens, i, "DROP", "FOREIGN", "KEY")) {
			int name = at(tokens, i + 3, "IF", "EXISTS") ? i + 5 : i + 3;
			if (name < tokens.size() && tokens.get(name).isName()) {
				out.addAll(tokens.subList(i, i + 3));
				out.add(SqlToken.symbol("("));
				out.add(tokens.get(name));
				out.add(SqlToken.symbol(")"));
				return name + 1;
			}
		}
		if (at(tokens, i, "SET", "DATA", "TYPE")) {
			return i + 2;
		}
		if (at(tokens, i, "NOT", "VALID")) {
			return i + 2;
		}
		if (at(tokens, i, "ADD", "CHECK")) {
			out.add(tokens.get(i));
			out.add(SqlToken.word("CONSTRAINT"));
			out.add(SqlToken.word("unnamed_check"));
			return i + 1;
		}
		if (at(tokens, i, "DROP", "COLUMN")) {
			int name = at(tokens, i + 2, "IF", "EXISTS") ? i + 4 : i + 2;
			if (name < tokens.size() && tokens.get(name).isSymbol("(")) {
				out.add(tokens.get(i));
				return name;
			}
			if (at(tokens, name + 1, "RESTRICT")) {
				out.addAll(tokens.subList(i, name + 1));
				return name + 2;
			}
		}
		if (tokens.get(i).is("ALTER")) {
			int name = at(tokens, i + 1, "COLUMN") ? i + 2 : i + 1;
			if (name < tokens.size() && tokens.get(name).isName() && at(tokens, name + 1, "RENAME", "TO")) {
				out.add(SqlToken.word("RENAME"));
				out.add(SqlToken.word("COLUMN"));
				out.add(tokens.get(name));
				return name + 2;
			}
		}
		return i;
	}

	private static boolean at(List<SqlToken> tokens, int index, String... keywords) {
		if (index + keywords.length > tokens.size()) {
			return false;
		}
		for (int i = 0; i < keywords.length; i++) {
			if (!tokens.get(index + i).is(keywords[i])) {
				return false;
			}
		}
		return true;
	}

}
