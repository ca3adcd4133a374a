package dev.ratchet.lint.sql;

import java.util.List;

import dev.ratchet.lint.rule.Rule;

/**
 * Classifies SQL as Liquibase will send it onto the rules. The SQL is split into
 * statements on its tokens (so comments, literals and dollar-quoted bodies never count),
 * each statement is parsed with JSqlParser and mapped onto rules by {@link StatementRules};
 * a statement the parser cannot read fails closed: {@link Rule#UNPARSED_SQL} when it
 * contains a destructive keyword, {@link Rule#UNPARSED_SQL_OPAQUE} otherwise.
 * <p>
 * Procedural code that runs now ({@code DO} blocks, anonymous blocks) is classified
 * statement by statement; {@code EXECUTE} of literal text is classified as that text, of
 * text assembled at run time as {@link Rule#DYNAMIC_SQL}. A function or procedure created
 * here is remembered with what its body does, and a statement that calls a known routine
 * does what the routine does. Instances are thread-safe.
 */
public final class SqlClassifier {

	private static final int NESTING_LIMIT = 4;

	private final StatementRules rules = new StatementRules();

	/**
	 * Classifies SQL on its own: no routine is known and no column is new.
	 * @param sql one or more statements
	 * @param changeType the Liquibase change type the SQL comes from, such as {@code sql}
	 * @return what the SQL does
	 */
	public SqlClassification classify(String sql, String changeType) {
		return classify(sql, changeType, SqlContext.none());
	}

	/**
	 * Classifies SQL in the context of a run.
	 * @param sql one or more statements
	 * @param changeType the Liquibase change type the SQL comes from, such as {@code sql}
	 * @param context the routines and new columns known before the SQL runs
	 * @return what the SQL does
	 */
	public SqlClassification classify(String sql, String changeType, SqlContext context) {
		Findings findings = Findings.now(changeType, context);
		if (sql != null) {
			run(SqlStatement.split(SqlLexer.tokenize(sql)), findings, false, 0);
		}
		return findings.classification();
	}

	void run(List<SqlStatement> statements, Findings findings, boolean procedural, int nesting) {
		for (SqlStatement statement : statements) {
			statement(statement, findings, procedural, nesting);
		}
	}

	private void statement(SqlStatement statement, Findings findings, boolean procedural, int nesting) {
		if (statement.startsWith("DO")) {
			findings.transaction().inBlock(() -> DynamicSql.doBlock(statement, findings, this, nesting));
			return;
		}
		if (statement.isBlock()) {
			run(ProceduralCode.statements(statement.tokens(), statement.startsWith("DECLARE")), findings, true,
					nesting);
			return;
		}
		if (!procedural && TransactionControl.inspect(statement, findings.transaction())) {
			return;
		}
		int routine = SqlStatement.routineKeyword(statement.tokens());
		if (routine >= 0) {
			routine(statement, routine, findings, nesting);
			return;
		}
		if (!DynamicSql.inspect(statement, findings, this, procedural, nesting)) {
			sql(statement, findings, procedural);
		}
	}

	/**
	 * Classifies one SQL statement: what the routines it calls do, and what it does itself.
	 */
	void sql(SqlStatement statement, Findings findings, boolean procedural) {
		if (!statement.definesView()) {
			Call.in(statement.tokens()).forEach(findings::called);
		}
		if (AlterTableRules.inspect(statement, findings) || DomainRules.inspect(statement, findings)) {
			return;
		}
		boolean understood = this.rules.inspect(StatementParser.parse(ParserGaps.close(statement)), findings);
		if (!understood && !TokenForms.inspect(statement, findings)) {
			UnparsedSql.inspect(statement, findings, procedural);
		}
		OnlineRules.inspect(statement, findings);
	}

	/**
	 * Classifies SQL held in a literal that is run ({@code EXECUTE '…'}, {@code PREPARE … FROM '…'}).
	 */
	void literal(String sql, Findings findings, int nesting) {
		List<SqlStatement> statements = SqlStatement.split(SqlLexer.tokenize(sql));
		if (nesting >= NESTING_LIMIT) {
			statements.forEach((statement) -> UnparsedSql.inspect(statement, findings, false));
			return;
		}
		run(statements, findings, false, nesting + 1);
	}

	private void routine(SqlStatement statement, int kind, Findings findings, int nesting) {
		SqlToken keyword = statement.tokens().get(kind);
		if (!keyword.is("FUNCTION") && !keyword.is("PROCEDURE")) {
			return;
		}
		RoutineSource source = RoutineSource.read(statement, kind);
		if (source == null) {
			return;
		}
		Findings body = findings.body();
		if (source.isInspected()) {
			run(ProceduralCode.statements(source.body(), source.declarations()), body, true, nesting);
		}
		else if (!source.isCompiled()) {
			body.add(Rule.UNPARSED_SQL_OPAQUE, null, source.name(),
					"is written in " + source.language() + ", which is not inspected");
		}
		findings.define(new Routine(source.name(), findings.origin(), body.violations(), body.calledNames()));
		findings.volatility(source.name(), Volatility.declaredIn(statement.tokens()));
	}

}
