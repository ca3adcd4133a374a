package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the forms JSqlParser 5.4 misreads or cannot read into equivalent forms it reads,
 * without changing what rules see: {@code DROP INDEX CONCURRENTLY}, PostgreSQL's
 * {@code TRUNCATE} options, {@code CREATE SEQUENCE IF NOT EXISTS} and
 * {@code SET name TO value}, and H2's {@code TRUNCATE TABLE IF EXISTS}. {@code ALTER TABLE}
 * is read by {@link AlterTableParser}.
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
