package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Locale;

import dev.ratchet.lint.Rule;

/**
 * PostgreSQL {@code DO} blocks and the bodies of functions, procedures and triggers: code
 * that JSqlParser does not read. A {@code DO} block runs at migration time, so it is treated
 * like unparsed SQL, its string literals included (they may be run with {@code EXECUTE}).
 * A routine body does not run when the routine is created; it only counts when it builds
 * SQL at run time ({@code EXECUTE}, {@code PREPARE}) and that SQL may be destructive.
 */
final class DynamicSql {

	private static final int NESTING_LIMIT = 4;

	private DynamicSql() {
	}

	/**
	 * Classifies a {@code DO} block.
	 * @param statement the statement, starting with {@code DO}
	 * @param findings where to record what it does
	 */
	static void doBlock(SqlStatement statement, Findings findings) {
		String keyword = DestructiveKeywords.inCodeAndLiterals(statement.tokens());
		if (keyword != null) {
			findings.add(Rule.UNPARSED_SQL, null, null, "runs a DO block whose code contains " + keyword);
		}
		else {
			findings.add(Rule.UNPARSED_SQL_OPAQUE, null, null, "runs a DO block, which is not inspected");
		}
	}

	/**
	 * Classifies the creation of a function, procedure, trigger or event.
	 * @param statement the statement
	 * @param kind the index of the routine kind keyword, such as {@code FUNCTION}
	 * @param findings where to record what it does
	 */
	static void routine(SqlStatement statement, int kind, Findings findings) {
		List<SqlToken> body = statement.tokens().subList(kind + 1, statement.tokens().size());
		if (!runsSql(body)) {
			return;
		}
		String keyword = DestructiveKeywords.inCodeAndLiterals(body);
		if (keyword != null) {
			String name = SqlStatement.nameAt(body, 0);
			String routine = statement.tokens().get(kind).value().toLowerCase(Locale.ROOT);
			findings.add(Rule.UNPARSED_SQL, null, name,
					"creates " + routine + " " + name + " whose body runs dynamic SQL containing " + keyword);
		}
	}

	/**
	 * Returns whether code, or code inside its literals, runs SQL built at run time:
	 * {@code EXECUTE} (but not a trigger's {@code EXECUTE FUNCTION}) or {@code PREPARE}.
	 * @param tokens the tokens
	 * @return whether it runs dynamic SQL
	 */
	static boolean runsSql(List<SqlToken> tokens) {
		return runsSql(tokens, 0);
	}

	private static boolean runsSql(List<SqlToken> tokens, int nesting) {
		for (int i = 0; i < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			SqlToken next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : null;
			boolean routine = next != null && (next.is("FUNCTION") || next.is("PROCEDURE"));
			boolean executes = token.is("EXECUTE") && !routine;
			if (executes || token.is("PREPARE")) {
				return true;
			}
			boolean nested = token.isLiteral() && nesting < NESTING_LIMIT;
			if (nested && runsSql(SqlLexer.tokenize(token.value()), nesting + 1)) {
				return true;
			}
		}
		return false;
	}

}
