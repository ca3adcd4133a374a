package dev.ratchet.lint.sql;

import net.sf.jsqlparser.statement.Statement;

/**
 * Finds what one kind of parsed statement does that rules catch.
 *
 * @param <S> the statement type it inspects
 */
@FunctionalInterface
interface StatementRule<S extends Statement> {

	/**
	 * Inspects a statement.
	 * @param statement the parsed statement
	 * @param findings where to record what it does
	 */
	void inspect(S statement, Findings findings);

}
