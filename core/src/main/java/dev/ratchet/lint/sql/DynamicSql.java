package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.ratchet.lint.rule.Rule;

/**
 * SQL run from text and the statements of procedural code that are not SQL: {@code DO}
 * blocks, {@code EXECUTE}, {@code EXECUTE IMMEDIATE}, {@code PREPARE}, MySQL session
 * variables, and PL/pgSQL's {@code PERFORM}, {@code RETURN}, assignments and statements that
 * only steer the code. Text given as a literal is classified as what it says; text assembled
 * at run time cannot be read and is {@link Rule#DYNAMIC_SQL}.
 */
final class DynamicSql {

	private static final Set<String> STEERING = Set.of("RAISE", "NULL", "EXIT", "CONTINUE", "LEAVE", "ITERATE", "GET",
			"OPEN", "FETCH", "CLOSE", "MOVE", "SIGNAL", "RESIGNAL", "ASSERT", "DEALLOCATE", "DBMS_OUTPUT", "PIPE",
			"COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE");

	private static final int SUMMARY_TOKENS = 8;

	private DynamicSql() {
	}

	/**
	 * Classifies a {@code DO} block: its code runs now, statement by statement.
	 * @param statement the statement, starting with {@code DO}
	 * @param findings where to record what it does
	 * @param classifier the classifier its statements go through
	 * @param nesting how deeply the SQL is nested in literals already
	 */
	static void doBlock(SqlStatement statement, Findings findings, SqlClassifier classifier, int nesting) {
		List<SqlToken> tokens = statement.tokens();
		SqlToken body = tokens.stream().filter(SqlToken::isLiteral).findFirst().orElse(null);
		String language = "plpgsql";
		for (int i = 1; i + 1 < tokens.size(); i++) {
			if (tokens.get(i).is("LANGUAGE")) {
				language = tokens.get(i + 1).value().toLowerCase(java.util.Locale.ROOT);
			}
		}
		if (body == null) {
			UnparsedSql.inspect(statement, findings, false);
			return;
		}
		if (!language.equals("plpgsql") && !language.equals("sql")) {
			String keyword = DestructiveKeywords.inCodeAndLiterals(tokens);
			findings.add((keyword != null) ? Rule.UNPARSED_SQL : Rule.UNPARSED_SQL_OPAQUE, null, null,
					"runs a DO block in " + language + ", which is not inspected"
							+ ((keyword != null) ? ", and contains " + keyword : ""));
			return;
		}
		classifier.run(ProceduralCode.statements(SqlLexer.tokenize(body.value()), false), findings, true, nesting);
	}

	/**
	 * Classifies a statement that runs SQL from text or that only procedural code has.
	 * @param statement the statement
	 * @param findings where to record what it does
	 * @param classifier the classifier the SQL it runs goes through
	 * @param procedural whether the statement is part of procedural code
	 * @param nesting how deeply the SQL is nested in literals already
	 * @return whether the statement was such a statement, so it needs no other reading
	 */
	static boolean inspect(SqlStatement statement, Findings findings, SqlClassifier classifier, boolean procedural,
			int nesting) {
		List<SqlToken> tokens = statement.tokens();
		if (statement.startsWith("EXECUTE", "IMMEDIATE")) {
			execute(tokens.subList(2, tokens.size()), findings, classifier, nesting);
			return true;
		}
		if (statement.startsWith("EXECUTE") || statement.startsWith("EXEC")) {
			boolean prepared = tokens.size() > 1 && tokens.get(1).isName()
					&& findings.session().isPrepared(tokens.get(1).value());
			if (procedural && !prepared && statement.startsWith("EXECUTE")) {
				execute(tokens.subList(1, tokens.size()), findings, classifier, nesting);
			}
			else if (!prepared) {
				classifier.sql(statement, findings, procedural);
			}
			return true;
		}
		if (statement.startsWith("DEALLOCATE") || (statement.startsWith("BEGIN") && !statement.isBlock())) {
			return true;
		}
		if (statement.startsWith("PREPARE") && tokens.size() > 2) {
			prepare(tokens, findings, classifier, nesting);
			return true;
		}
		if (statement.startsWith("SET") && tokens.size() > 3 && tokens.get(1).isSymbol("@")) {
			variable(tokens, findings);
			return false;
		}
		return procedural && procedural(statement, findings, classifier, nesting);
	}

	private static boolean procedural(SqlStatement statement, Findings findings, SqlClassifier classifier,
			int nesting) {
		List<SqlToken> tokens = statement.tokens();
		SqlToken first = tokens.get(0);
		if (first.is("PERFORM")) {
			classifier.sql(select(tokens.subList(1, tokens.size())), findings, true);
			return true;
		}
		if (first.is("RETURN")) {
			returned(tokens, findings, classifier, nesting);
			return true;
		}
		int assigned = assignment(tokens);
		if (assigned > 0) {
			if (assigned < tokens.size()) {
				classifier.sql(select(tokens.subList(assigned, tokens.size())), findings, true);
			}
			return true;
		}
		return first.kind() == SqlToken.Kind.WORD && STEERING.contains(first.value());
	}

	private static void returned(List<SqlToken> tokens, Findings findings, SqlClassifier classifier, int nesting) {
		int from = 1;
		if (tokens.size() > 1 && (tokens.get(1).is("QUERY") || tokens.get(1).is("NEXT"))) {
			from = 2;
		}
		if (from >= tokens.size()) {
			return;
		}
		List<SqlToken> rest = tokens.subList(from, tokens.size());
		if (rest.get(0).is("EXECUTE")) {
			execute(rest.subList(1, rest.size()), findings, classifier, nesting);
		}
		else if (rest.get(0).is("SELECT") || rest.get(0).is("WITH") || rest.get(0).is("VALUES")) {
			classifier.sql(new SqlStatement(rest), findings, true);
		}
		else {
			classifier.sql(select(rest), findings, true);
		}
	}

	private static int assignment(List<SqlToken> tokens) {
		int i = 0;
		while (i < tokens.size() && tokens.get(i).isName()) {
			i++;
			if (i < tokens.size() && tokens.get(i).isSymbol(".")) {
				i++;
			}
			else {
				break;
			}
		}
		if (i == 0 || i >= tokens.size()) {
			return -1;
		}
		if (tokens.get(i).isSymbol(":") && i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("=")) {
			return i + 2;
		}
		return tokens.get(i).isSymbol("=") ? i + 1 : -1;
	}

	/**
	 * Runs text: a literal is classified as the SQL it holds, anything else is assembled at
	 * run time. {@code INTO} and {@code USING} clauses are not part of the text.
	 */
	private static void execute(List<SqlToken> expression, Findings findings, SqlClassifier classifier, int nesting) {
		List<SqlToken> text = untilClause(expression);
		if (text.size() == 1 && text.get(0).isLiteral()) {
			classifier.literal(text.get(0).value(), findings, nesting);
			return;
		}
		if (text.isEmpty()) {
			return;
		}
		Call.in(text).forEach(findings::called);
		findings.add(Rule.DYNAMIC_SQL, null, null,
				"runs SQL assembled at run time (EXECUTE " + summary(text) + "), which cannot be inspected");
	}

	private static void prepare(List<SqlToken> tokens, Findings findings, SqlClassifier classifier, int nesting) {
		SqlToken name = tokens.get(1);
		if (name.isName()) {
			findings.session().prepared(name.value());
		}
		int as = -1;
		for (int i = 2; i < tokens.size(); i++) {
			if (tokens.get(i).is("FROM") || tokens.get(i).is("AS")) {
				as = i;
				break;
			}
		}
		if (as < 0 || as + 1 >= tokens.size()) {
			UnparsedSql.inspect(new SqlStatement(tokens), findings, false);
			return;
		}
		List<SqlToken> source = tokens.subList(as + 1, tokens.size());
		if (tokens.get(as).is("AS")) {
			classifier.sql(new SqlStatement(source), findings, false);
			return;
		}
		if (source.size() == 2 && source.get(0).isSymbol("@") && source.get(1).isName()) {
			String text = findings.session().variable(source.get(1).value());
			if (text != null) {
				classifier.literal(text, findings, nesting);
				return;
			}
		}
		execute(source, findings, classifier, nesting);
	}

	private static void variable(List<SqlToken> tokens, Findings findings) {
		int value = tokens.get(3).isSymbol(":") ? 5 : 4;
		boolean literal = tokens.size() == value + 1 && tokens.get(value).isLiteral()
				&& (tokens.get(3).isSymbol("=") || tokens.get(3).isSymbol(":"));
		findings.session().variable(tokens.get(2).value(), literal ? tokens.get(value).value() : null);
	}

	private static List<SqlToken> untilClause(List<SqlToken> tokens) {
		int depth = 0;
		for (int i = 0; i < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			if (depth == 0 && (token.is("INTO") || token.is("USING"))) {
				return tokens.subList(0, i);
			}
		}
		return tokens;
	}

	private static SqlStatement select(List<SqlToken> expression) {
		List<SqlToken> select = new ArrayList<>();
		select.add(SqlToken.word("SELECT"));
		select.addAll(expression);
		return new SqlStatement(select);
	}

	private static String summary(List<SqlToken> tokens) {
		int end = Math.min(tokens.size(), SUMMARY_TOKENS);
		return SqlStatement.shown(tokens.subList(0, end)) + ((end < tokens.size()) ? " …" : "");
	}

	/**
	 * Returns whether code, or code inside its literals, runs SQL built at run time:
	 * {@code EXECUTE} (but not a trigger's {@code EXECUTE FUNCTION}) or {@code PREPARE}.
	 * @param tokens the tokens
	 * @return whether it runs dynamic SQL
	 */
	static boolean runsSql(List<SqlToken> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			SqlToken next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : null;
			boolean routine = next != null && (next.is("FUNCTION") || next.is("PROCEDURE"));
			if ((token.is("EXECUTE") && !routine) || token.is("PREPARE")) {
				return true;
			}
		}
		return false;
	}

}
