package dev.ratchet.lint.sql;

import dev.ratchet.lint.Rule;

/**
 * Classifies SQL as Liquibase will send it onto the rules. The SQL is split into
 * statements on its tokens (so comments, literals and dollar-quoted bodies never count),
 * each statement is parsed with JSqlParser and mapped onto rules by {@link StatementRules};
 * a statement the parser cannot read fails closed: {@link Rule#UNPARSED_SQL} when it
 * contains a destructive keyword, {@link Rule#UNPARSED_SQL_OPAQUE} otherwise. Instances are
 * thread-safe.
 */
public final class SqlClassifier {

	private final StatementRules rules = new StatementRules();

	/**
	 * Classifies SQL.
	 * @param sql one or more statements
	 * @param changeType the Liquibase change type the SQL comes from, such as {@code sql}
	 * @return what the SQL does
	 */
	public SqlClassification classify(String sql, String changeType) {
		Findings findings = new Findings(changeType);
		if (sql != null) {
			for (SqlStatement statement : SqlStatement.split(SqlLexer.tokenize(sql))) {
				classify(statement, findings);
			}
		}
		return findings.classification();
	}

	private void classify(SqlStatement statement, Findings findings) {
		if (statement.startsWith("DO")) {
			DynamicSql.doBlock(statement, findings);
			return;
		}
		if (statement.startsWith("EXECUTE") || statement.startsWith("PREPARE")) {
			UnparsedSql.inspect(statement, findings);
			return;
		}
		int routine = SqlStatement.routineKeyword(statement.tokens());
		if (routine >= 0) {
			DynamicSql.routine(statement, routine, findings);
			return;
		}
		boolean understood = this.rules.inspect(StatementParser.parse(ParserGaps.close(statement)), findings);
		if (!understood && !TokenForms.inspect(statement, findings)) {
			UnparsedSql.inspect(statement, findings);
		}
	}

}
