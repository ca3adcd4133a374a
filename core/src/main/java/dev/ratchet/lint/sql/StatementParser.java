package dev.ratchet.lint.sql;

import java.util.List;

import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one statement with JSqlParser, on the calling thread: simple parsing first, then
 * complex parsing when that fails and the statement is not nested too deeply, as
 * {@code CCJSqlParserUtil} does, but without its executor and time-out.
 */
final class StatementParser {

	private static final int COMPLEX_NESTING_LIMIT = 10;

	private StatementParser() {
	}

	/**
	 * Parses a statement.
	 * @param tokens the statement's tokens
	 * @return the statement, or {@code null} when JSqlParser cannot read all of it
	 */
	static Statement parse(List<SqlToken> tokens) {
		String text = SqlStatement.text(tokens);
		Statement statement = parse(text, false);
		if (statement == null && nesting(tokens) <= COMPLEX_NESTING_LIMIT) {
			statement = parse(text, true);
		}
		return statement;
	}

	private static Statement parse(String text, boolean complex) {
		try {
			CCJSqlParser parser = new CCJSqlParser(new StringProvider(text)).withAllowComplexParsing(complex);
			Statement statement = parser.Statement();
			boolean complete = parser.token.kind == CCJSqlParserConstants.EOF
					|| parser.getToken(1).kind == CCJSqlParserConstants.EOF;
			return complete ? statement : null;
		}
		catch (Exception | StackOverflowError ex) {
			return null;
		}
	}

	private static int nesting(List<SqlToken> tokens) {
		int depth = 0;
		int deepest = 0;
		for (SqlToken token : tokens) {
			depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			deepest = Math.max(deepest, depth);
		}
		return deepest;
	}

}
