package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Set;

/**
 * Finds the keywords that make SQL the parser cannot read destructive: {@code DROP},
 * {@code TRUNCATE}, {@code DELETE}, {@code RENAME}, {@code MODIFY}, {@code CHANGE} after
 * {@code ALTER TABLE}, {@code SET NOT NULL} and {@code ALTER … TYPE}. Only code counts:
 * comments are gone and literals and quoted identifiers are never words.
 */
final class DestructiveKeywords {

	private static final Set<String> ALWAYS = Set.of("DROP", "TRUNCATE", "RENAME", "MODIFY");

	private static final Set<String> EVENT_CONTEXT = Set.of("ON", "BEFORE", "AFTER", "OF", "OR", "INSTEAD", "FOR");

	private static final Set<String> NOT_A_TYPE_CHANGE = Set.of("ALTER", "CREATE", "DROP", "RETURNS");

	private static final int NESTING_LIMIT = 4;

	private DestructiveKeywords() {
	}

	/**
	 * Finds the first destructive keyword in code.
	 * @param tokens the tokens
	 * @return the keyword, or {@code null}
	 */
	static String inCode(List<SqlToken> tokens) {
		return find(tokens, false, 0, false);
	}

	/**
	 * Finds the first destructive keyword in the code of one action of an
	 * {@code ALTER TABLE} statement.
	 * @param tokens the action's tokens, after {@code ALTER TABLE name}
	 * @return the keyword, or {@code null}
	 */
	static String inAlterTableAction(List<SqlToken> tokens) {
		return find(tokens, false, 0, true);
	}

	/**
	 * Finds the first destructive keyword in code or in the SQL that string literals hold,
	 * for dynamic SQL.
	 * @param tokens the tokens
	 * @return the keyword, or {@code null}
	 */
	static String inCodeAndLiterals(List<SqlToken> tokens) {
		return find(tokens, true, 0, false);
	}

	private static String find(List<SqlToken> tokens, boolean literals, int nesting, boolean alterTable) {
		Scan scan = new Scan(alterTable);
		for (int i = 0; i < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			String found = null;
			if (token.isSymbol(";")) {
				scan = new Scan(false);
			}
			else if (token.kind() == SqlToken.Kind.WORD) {
				found = scan.word(token.value(), (i + 1 < tokens.size()) ? tokens.get(i + 1) : null,
						(i + 2 < tokens.size()) ? tokens.get(i + 2) : null);
			}
			else if (literals && token.isLiteral() && nesting < NESTING_LIMIT) {
				found = find(SqlLexer.tokenize(token.value()), true, nesting + 1, false);
			}
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/**
	 * What the words of the current statement have said so far.
	 */
	private static final class Scan {

		private String previous = "";

		private boolean first;

		private boolean privileges;

		private boolean alter;

		private boolean alterTable;

		Scan(boolean alterTable) {
			this.first = !alterTable;
			this.alter = alterTable;
			this.alterTable = alterTable;
		}

		String word(String word, SqlToken next, SqlToken afterNext) {
			if (this.first) {
				this.privileges = word.equals("GRANT") || word.equals("REVOKE");
				this.first = false;
			}
			String found = this.privileges ? null : destructive(word, next, afterNext);
			if (word.equals("ALTER")) {
				this.alter = true;
				this.alterTable |= next != null && next.is("TABLE");
			}
			this.previous = word;
			return found;
		}

		private String destructive(String word, SqlToken next, SqlToken afterNext) {
			if (ALWAYS.contains(word)) {
				return word;
			}
			if (word.equals("DELETE") && !EVENT_CONTEXT.contains(this.previous)) {
				return word;
			}
			if (word.equals("CHANGE") && this.alterTable) {
				return word;
			}
			if (word.equals("SET") && next != null && next.is("NOT") && afterNext != null && afterNext.is("NULL")) {
				return "SET NOT NULL";
			}
			if (word.equals("TYPE") && this.alter && !NOT_A_TYPE_CHANGE.contains(this.previous)) {
				return "ALTER … TYPE";
			}
			return null;
		}

	}

}
