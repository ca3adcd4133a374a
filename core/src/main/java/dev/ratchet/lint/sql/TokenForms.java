package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Locale;

import dev.ratchet.lint.rule.Rule;

/**
 * Statement forms JSqlParser 5.4 cannot read at all, recognised by their fixed shape:
 * renaming a view, materialized view or sequence ({@code ALTER VIEW v RENAME TO w}), a
 * view's column ({@code ALTER VIEW v RENAME COLUMN a TO b}), renaming an index, maintenance
 * ({@code VACUUM}, {@code CLUSTER}, {@code REINDEX}, {@code LOCK}, {@code REFRESH}), which
 * change no data.
 */
final class TokenForms {

	private TokenForms() {
	}

	/**
	 * Classifies a statement the parser could not read when it has a known shape.
	 * @param statement the statement
	 * @param findings where to record what it does
	 * @return whether the statement had a known shape
	 */
	static boolean inspect(SqlStatement statement, Findings findings) {
		List<SqlToken> tokens = statement.tokens();
		if (isMaintenance(statement)) {
			return true;
		}
		int name;
		String kind;
		if (statement.startsWith("ALTER", "MATERIALIZED", "VIEW")) {
			name = 3;
			kind = "materialized view";
		}
		else if (statement.startsWith("ALTER", "VIEW") || statement.startsWith("ALTER", "SEQUENCE")
				|| statement.startsWith("ALTER", "INDEX")) {
			name = 2;
			kind = tokens.get(1).value().toLowerCase(Locale.ROOT);
		}
		else {
			return false;
		}
		name = skipIfExists(tokens, name);
		int rename = afterName(tokens, name);
		if (!at(tokens, rename, "RENAME")) {
			return false;
		}
		String object = SqlStatement.nameAt(tokens, name);
		if (at(tokens, rename + 1, "TO") && afterName(tokens, rename + 2) == tokens.size()) {
			if (!kind.equals("index")) {
				findings.table(Rule.RENAME_VIEW, object, "renames " + kind + " " + object + " to "
						+ SqlStatement.nameAt(tokens, rename + 2));
			}
			return true;
		}
		int column = at(tokens, rename + 1, "COLUMN") ? rename + 2 : rename + 1;
		if (!kind.equals("index") && at(tokens, column + 1, "TO") && afterName(tokens, column + 2) == tokens.size()) {
			String old = SqlStatement.nameAt(tokens, column);
			String renamed = SqlStatement.nameAt(tokens, column + 2);
			findings.column(Rule.RENAME_COLUMN, object, old,
					"renames column " + old + " of " + kind + " " + object + " to " + renamed);
			return true;
		}
		return false;
	}

	/**
	 * Maintenance statements ({@code VACUUM}, {@code CLUSTER}, {@code REINDEX},
	 * {@code LOCK}): they change no data; the online-safety rules judge what they lock.
	 */
	private static boolean isMaintenance(SqlStatement statement) {
		return statement.startsWith("VACUUM") || statement.startsWith("CLUSTER") || statement.startsWith("REINDEX")
				|| statement.startsWith("LOCK") || statement.startsWith("REFRESH", "MATERIALIZED", "VIEW");
	}

	private static int skipIfExists(List<SqlToken> tokens, int index) {
		return (at(tokens, index, "IF") && at(tokens, index + 1, "EXISTS")) ? index + 2 : index;
	}

	private static int afterName(List<SqlToken> tokens, int index) {
		int i = index;
		while (i < tokens.size() && tokens.get(i).isName()) {
			boolean qualified = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(".");
			i += qualified ? 2 : 1;
			if (!qualified) {
				break;
			}
		}
		return i;
	}

	private static boolean at(List<SqlToken> tokens, int index, String keyword) {
		return index < tokens.size() && tokens.get(index).is(keyword);
	}

}
