package dev.ratchet.lint.sql;

import java.util.List;

import dev.ratchet.lint.rule.Rule;

/**
 * Fails closed on a statement the parser cannot read: with comments and literals removed,
 * a destructive keyword makes it {@code unparsed-sql}, otherwise it is
 * {@code unparsed-sql-opaque}. When the statement runs SQL built from literals
 * ({@code EXECUTE}, {@code PREPARE}) the literals are scanned too. In procedural code a
 * statement without a destructive keyword is taken as code that only steers, and passes.
 */
final class UnparsedSql {

	private static final int SUMMARY_TOKENS = 6;

	private static final int SUMMARY_LENGTH = 80;

	private UnparsedSql() {
	}

	/**
	 * Classifies a statement the parser cannot read.
	 * @param statement the statement
	 * @param findings where to record what it does
	 * @param procedural whether the statement is part of procedural code
	 */
	static void inspect(SqlStatement statement, Findings findings, boolean procedural) {
		List<SqlToken> tokens = statement.tokens();
		String keyword = DynamicSql.runsSql(tokens) ? DestructiveKeywords.inCodeAndLiterals(tokens)
				: DestructiveKeywords.inCode(tokens);
		String summary = summary(tokens);
		if (keyword != null) {
			findings.add(Rule.UNPARSED_SQL, null, null,
					"runs SQL that could not be parsed and contains " + keyword + ": " + summary);
		}
		else if (!procedural) {
			findings.add(Rule.UNPARSED_SQL_OPAQUE, null, null, "runs SQL that could not be parsed: " + summary);
		}
	}

	private static String summary(List<SqlToken> tokens) {
		int end = Math.min(tokens.size(), SUMMARY_TOKENS);
		String start = SqlStatement.shown(tokens.subList(0, end));
		if (start.length() > SUMMARY_LENGTH) {
			return start.substring(0, SUMMARY_LENGTH) + "…";
		}
		return (end < tokens.size()) ? start + " …" : start;
	}

}
