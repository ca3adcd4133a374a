package dev.ratchet.lint.sql;

import java.util.List;

import dev.ratchet.Identifiers;

/**
 * Reads a statement's tokens front to back, for the recursive-descent parsers of the
 * statement forms JSqlParser does not read ({@code ALTER TABLE} actions, column and
 * constraint definitions, {@code ALTER DOMAIN}).
 */
final class TokenCursor {

	private final List<SqlToken> tokens;

	private int position;

	TokenCursor(List<SqlToken> tokens) {
		this.tokens = tokens;
	}

	/**
	 * Returns whether every token was read.
	 */
	boolean atEnd() {
		return this.position >= this.tokens.size();
	}

	/**
	 * Returns the next token, or {@code null} at the end.
	 */
	SqlToken peek() {
		return peek(0);
	}

	/**
	 * Returns the token some places ahead, or {@code null} past the end.
	 */
	SqlToken peek(int ahead) {
		int index = this.position + ahead;
		return (index < this.tokens.size()) ? this.tokens.get(index) : null;
	}

	/**
	 * Returns whether the next tokens are the given keywords, without reading them.
	 */
	boolean at(String... keywords) {
		for (int i = 0; i < keywords.length; i++) {
			SqlToken token = peek(i);
			if (token == null || !token.is(keywords[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Returns whether the next token is a symbol, without reading it.
	 */
	boolean atSymbol(String symbol) {
		SqlToken token = peek();
		return token != null && token.isSymbol(symbol);
	}

	/**
	 * Reads the given keywords when they come next.
	 * @return whether they did
	 */
	boolean accept(String... keywords) {
		if (!at(keywords)) {
			return false;
		}
		this.position += keywords.length;
		return true;
	}

	/**
	 * Reads a symbol when it comes next.
	 * @return whether it did
	 */
	boolean acceptSymbol(String symbol) {
		if (!atSymbol(symbol)) {
			return false;
		}
		this.position++;
		return true;
	}

	/**
	 * Reads the next token.
	 */
	SqlToken next() {
		return this.tokens.get(this.position++);
	}

	/**
	 * Reads a possibly qualified name.
	 * @return its last part without quotes, in lower case, or {@code null} when no name comes next
	 */
	String name() {
		String name = null;
		while (!atEnd() && peek().isName()) {
			name = Identifiers.unqualifiedKey(next().value());
			if (!atSymbol(".") || peek(1) == null || !peek(1).isName()) {
				break;
			}
			this.position++;
		}
		return name;
	}

	/**
	 * Reads {@code IF EXISTS} when it comes next.
	 */
	boolean acceptIfExists() {
		return accept("IF", "EXISTS");
	}

	/**
	 * Reads {@code IF NOT EXISTS} when it comes next.
	 */
	boolean acceptIfNotExists() {
		return accept("IF", "NOT", "EXISTS");
	}

	/**
	 * Reads a parenthesized group when one comes next.
	 * @return the tokens inside the parentheses, or {@code null} when none comes next
	 */
	List<SqlToken> parenthesized() {
		if (!atSymbol("(")) {
			return null;
		}
		int start = this.position + 1;
		int depth = 0;
		while (!atEnd()) {
			SqlToken token = next();
			depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			if (depth == 0) {
				return this.tokens.subList(start, this.position - 1);
			}
		}
		return this.tokens.subList(start, this.position);
	}

	/**
	 * Reads tokens up to the next one at parenthesis depth zero for which the stop applies.
	 * @param stop whether a token (with the one after it) ends the run
	 * @return the tokens read
	 */
	List<SqlToken> until(Stop stop) {
		int start = this.position;
		int depth = 0;
		while (!atEnd()) {
			SqlToken token = peek();
			if (depth == 0 && this.position > start && stop.at(token, peek(1))) {
				break;
			}
			depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			this.position++;
		}
		return this.tokens.subList(start, this.position);
	}

	/**
	 * Returns the tokens not read yet, and reads them.
	 */
	List<SqlToken> rest() {
		List<SqlToken> rest = this.tokens.subList(Math.min(this.position, this.tokens.size()), this.tokens.size());
		this.position = this.tokens.size();
		return rest;
	}

	/**
	 * Decides where a run of tokens ends.
	 */
	@FunctionalInterface
	interface Stop {

		/**
		 * Returns whether the run ends before a token.
		 * @param token the token
		 * @param next the token after it, or {@code null}
		 * @return whether the run ends
		 */
		boolean at(SqlToken token, SqlToken next);

	}

}
