package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL into tokens, dropping comments ({@code --}, nested {@code /* *}{@code /},
 * MySQL {@code #}) and reading string literals ({@code '…'}, {@code E'…'}, dollar quotes)
 * and quoted identifiers as single tokens, so that nothing inside them is mistaken for code.
 * A {@code #} starts a comment where a token starts; inside a word it is part of the
 * identifier (H2, Oracle), and {@code #>}, {@code #-} are PostgreSQL operators. A changelog
 * parameter left unresolved ({@code ${prefix}orders}) is read as part of the word it is in.
 * <p>
 * Plain strings are read the standard way ({@code ''} escapes a quote). When that leaves a
 * string unterminated the SQL is read again with MySQL's backslash escapes. The contents of
 * MySQL's executable comments ({@code /*!…*}{@code /}) are read as code.
 */
final class SqlLexer {

	private final String sql;

	private final boolean backslashEscapes;

	private final List<SqlToken> tokens = new ArrayList<>();

	private int position;

	private boolean spaced;

	private boolean executableComment;

	private boolean unterminated;

	private SqlLexer(String sql, boolean backslashEscapes) {
		this.sql = sql;
		this.backslashEscapes = backslashEscapes;
	}

	/**
	 * Splits SQL into tokens.
	 * @param sql the SQL
	 * @return the tokens, without comments
	 */
	static List<SqlToken> tokenize(String sql) {
		SqlLexer standard = new SqlLexer(sql, false).run();
		if (!standard.unterminated) {
			return standard.tokens;
		}
		SqlLexer mysql = new SqlLexer(sql, true).run();
		return mysql.unterminated ? standard.tokens : mysql.tokens;
	}

	private SqlLexer run() {
		int length = this.sql.length();
		while (this.position < length) {
			char c = this.sql.charAt(this.position);
			if (Character.isWhitespace(c)) {
				this.position++;
				this.spaced = true;
			}
			else if (!skipComment(c)) {
				readToken(c);
			}
		}
		return this;
	}

	private boolean skipComment(char c) {
		if (c == '-' && peek(1) == '-') {
			skipLine();
		}
		else if (c == '#' && peek(1) != '>' && peek(1) != '-') {
			skipLine();
		}
		else if (c == '/' && peek(1) == '*' && peek(2) == '!') {
			this.position += 3;
			while (this.position < this.sql.length() && Character.isDigit(this.sql.charAt(this.position))) {
				this.position++;
			}
			this.executableComment = true;
		}
		else if (c == '/' && peek(1) == '*') {
			skipBlockComment();
		}
		else if (c == '*' && peek(1) == '/' && this.executableComment) {
			this.position += 2;
			this.executableComment = false;
		}
		else {
			return false;
		}
		this.spaced = true;
		return true;
	}

	private void skipLine() {
		int end = this.sql.indexOf('\n', this.position);
		this.position = (end < 0) ? this.sql.length() : end + 1;
	}

	private void skipBlockComment() {
		int depth = 0;
		int length = this.sql.length();
		while (this.position < length) {
			if (this.sql.startsWith("/*", this.position)) {
				depth++;
				this.position += 2;
			}
			else if (this.sql.startsWith("*/", this.position)) {
				depth--;
				this.position += 2;
				if (depth == 0) {
					return;
				}
			}
			else {
				this.position++;
			}
		}
	}

	private void readToken(char c) {
		int start = this.position;
		if (c == '\'') {
			readString(start, start, this.backslashEscapes);
		}
		else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
			readString(start, start + 1, true);
		}
		else if ("NnXxBb".indexOf(c) >= 0 && peek(1) == '\'') {
			readString(start, start + 1, this.backslashEscapes);
		}
		else if (c == '"' || c == '`') {
			readQuotedIdentifier(start, c);
		}
		else if (c == '$' && readDollarString(start)) {
			return;
		}
		else if (Character.isLetter(c) || c == '_' || (c == '$' && peek(1) == '{')) {
			this.position = wordEnd(start + 1);
			String word = this.sql.substring(start, this.position);
			add(SqlToken.Kind.WORD, word, word.toUpperCase(Locale.ROOT));
		}
		else if (Character.isDigit(c)) {
			this.position = numberEnd(start + 1);
			String number = this.sql.substring(start, this.position);
			add(SqlToken.Kind.NUMBER, number, number);
		}
		else {
			this.position++;
			add(SqlToken.Kind.SYMBOL, String.valueOf(c), String.valueOf(c));
		}
	}

	private void readString(int start, int quote, boolean backslashes) {
		StringBuilder value = new StringBuilder();
		int i = quote + 1;
		int length = this.sql.length();
		while (i < length) {
			char c = this.sql.charAt(i);
			if (backslashes && c == '\\' && i + 1 < length) {
				value.append(this.sql.charAt(i + 1));
				i += 2;
			}
			else if (c == '\'' && i + 1 < length && this.sql.charAt(i + 1) == '\'') {
				value.append('\'');
				i += 2;
			}
			else if (c == '\'') {
				this.position = i + 1;
				add(SqlToken.Kind.STRING, this.sql.substring(start, this.position), value.toString());
				return;
			}
			else {
				value.append(c);
				i++;
			}
		}
		this.unterminated = true;
		this.position = length;
		add(SqlToken.Kind.STRING, this.sql.substring(start), value.toString());
	}

	private void readQuotedIdentifier(int start, char quote) {
		StringBuilder name = new StringBuilder();
		int i = start + 1;
		int length = this.sql.length();
		while (i < length) {
			char c = this.sql.charAt(i);
			if (c == quote && i + 1 < length && this.sql.charAt(i + 1) == quote) {
				name.append(quote);
				i += 2;
			}
			else if (c == quote) {
				break;
			}
			else {
				name.append(c);
				i++;
			}
		}
		this.position = Math.min(i + 1, length);
		add(SqlToken.Kind.QUOTED_IDENTIFIER, this.sql.substring(start, this.position), name.toString());
	}

	private boolean readDollarString(int start) {
		int i = start + 1;
		int length = this.sql.length();
		if (i < length && (Character.isLetter(this.sql.charAt(i)) || this.sql.charAt(i) == '_')) {
			while (i < length && (Character.isLetterOrDigit(this.sql.charAt(i)) || this.sql.charAt(i) == '_')) {
				i++;
			}
		}
		if (i >= length || this.sql.charAt(i) != '$') {
			return false;
		}
		String tag = this.sql.substring(start, i + 1);
		int close = this.sql.indexOf(tag, i + 1);
		if (close < 0) {
			return false;
		}
		this.position = close + tag.length();
		add(SqlToken.Kind.DOLLAR_STRING, this.sql.substring(start, this.position), this.sql.substring(i + 1, close));
		return true;
	}

	private int wordEnd(int from) {
		int i = from;
		if (this.sql.charAt(from - 1) == '$') {
			i = placeholderEnd(from - 1);
		}
		while (i < this.sql.length()) {
			char c = this.sql.charAt(i);
			if (c == '$' && i + 1 < this.sql.length() && this.sql.charAt(i + 1) == '{') {
				i = placeholderEnd(i);
				continue;
			}
			if (!Character.isLetterOrDigit(c) && c != '_' && c != '$' && c != '#') {
				break;
			}
			i++;
		}
		return i;
	}

	/**
	 * Returns the end of a changelog parameter Liquibase left unresolved ({@code ${name}}),
	 * which is read as part of the name it stands in.
	 */
	private int placeholderEnd(int dollar) {
		int close = this.sql.indexOf('}', dollar);
		return (close < 0) ? this.sql.length() : close + 1;
	}

	private int numberEnd(int from) {
		int i = from;
		while (i < this.sql.length() && (Character.isLetterOrDigit(this.sql.charAt(i)) || this.sql.charAt(i) == '_')) {
			i++;
		}
		return i;
	}

	private char peek(int offset) {
		int i = this.position + offset;
		return (i < this.sql.length()) ? this.sql.charAt(i) : '\0';
	}

	private void add(SqlToken.Kind kind, String text, String value) {
		this.tokens.add(new SqlToken(kind, text, value, this.spaced && !this.tokens.isEmpty()));
		this.spaced = false;
	}

}
