package dev.ratchet.lint.sql;

import java.util.Locale;

/**
 * One token of SQL, with comments already removed.
 *
 * @param kind what the token is
 * @param text the token as written
 * @param value the upper-case word, the unquoted identifier, or the literal's content
 * @param spaced whether whitespace or a comment separated it from the previous token
 */
record SqlToken(Kind kind, String text, String value, boolean spaced) {

	static SqlToken word(String word) {
		return new SqlToken(Kind.WORD, word, word.toUpperCase(Locale.ROOT), true);
	}

	static SqlToken symbol(String symbol) {
		return new SqlToken(Kind.SYMBOL, symbol, symbol, true);
	}

	boolean is(String keyword) {
		return this.kind == Kind.WORD && this.value.equals(keyword);
	}

	boolean isSymbol(String symbol) {
		return this.kind == Kind.SYMBOL && this.text.equals(symbol);
	}

	boolean isLiteral() {
		return this.kind == Kind.STRING || this.kind == Kind.DOLLAR_STRING;
	}

	boolean isName() {
		return this.kind == Kind.WORD || this.kind == Kind.QUOTED_IDENTIFIER;
	}

	/**
	 * Returns the token as JSqlParser reads it: literals become standard single-quoted
	 * strings, whatever their escapes or dollar quotes were, and a name holding an unresolved
	 * changelog parameter becomes a quoted identifier.
	 */
	String parserText() {
		if (this.kind == Kind.WORD && this.text.contains("${")) {
			return "\"" + this.text + "\"";
		}
		if (!isLiteral()) {
			return this.text;
		}
		String quoted = "'" + this.value.replace("'", "''") + "'";
		char first = this.text.charAt(0);
		boolean prefixed = this.kind == Kind.STRING && Character.isLetter(first) && first != 'E' && first != 'e';
		return prefixed ? first + quoted : quoted;
	}

	/**
	 * Returns the token as a finding's message shows it: a literal, single- or
	 * dollar-quoted, as {@code '…'} whatever it holds, so no value written in the changelog
	 * or substituted from a changelog parameter reaches a report; any other token as
	 * {@link #parserText()} gives it.
	 */
	String shownText() {
		return isLiteral() ? "'…'" : parserText();
	}

	/**
	 * What a token is.
	 */
	enum Kind {

		/** A keyword or unquoted identifier. */
		WORD,

		/** An identifier in double quotes or backticks. */
		QUOTED_IDENTIFIER,

		/** A single-quoted string literal, with or without a prefix such as {@code E}. */
		STRING,

		/** A dollar-quoted string. */
		DOLLAR_STRING,

		/** A number. */
		NUMBER,

		/** Any other single character, such as {@code ;} or {@code (}. */
		SYMBOL

	}

}
