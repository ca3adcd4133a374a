package dev.ratchet.lint.sql;

import java.util.List;

import dev.ratchet.lint.sql.AlterAction.AlterColumn;
import dev.ratchet.lint.sql.AlterAction.ColumnChange;
import dev.ratchet.lint.sql.AlterAction.Harmless;
import dev.ratchet.lint.sql.AlterAction.ModifyColumn;
import dev.ratchet.lint.sql.AlterAction.Unknown;

/**
 * Reads the {@code ALTER [COLUMN] column …} action of {@code ALTER TABLE}: PostgreSQL's
 * {@code TYPE}/{@code SET DATA TYPE … [USING …]}, {@code SET}/{@code DROP NOT NULL},
 * {@code SET}/{@code DROP DEFAULT}, identities and column options, MySQL's default and
 * visibility, and H2's {@code SET NULL}, {@code RENAME TO} and bare new definition. Also
 * {@code ALTER CONSTRAINT} and MySQL's {@code ALTER INDEX}, which change no data.
 */
final class AlterColumnParser {

	private AlterColumnParser() {
	}

	/**
	 * Reads the action after its {@code ALTER}.
	 * @param cursor after {@code ALTER}
	 * @param tokens the whole action
	 * @return the action
	 */
	static AlterAction read(TokenCursor cursor, List<SqlToken> tokens) {
		if (cursor.at("CONSTRAINT") || cursor.at("INDEX") || cursor.at("CHECK")) {
			return new Harmless(tokens);
		}
		cursor.accept("COLUMN");
		String column = cursor.name();
		if (column == null) {
			return new Unknown(tokens);
		}
		if (cursor.accept("TYPE") || cursor.accept("SET", "DATA", "TYPE")) {
			return typeChange(cursor, column);
		}
		ColumnChange change = change(cursor);
		if (change == ColumnChange.SET_DEFAULT || change == ColumnChange.RENAME) {
			return new AlterColumn(column, change, null, cursor.rest());
		}
		if (change != null) {
			return new AlterColumn(column, change, null, List.of());
		}
		if (!cursor.atEnd() && cursor.peek().isName()) {
			ColumnDefinition definition = ColumnDefinition.read(column, cursor);
			return (definition.type() != null) ? new ModifyColumn(column, definition) : new Unknown(tokens);
		}
		return new Unknown(tokens);
	}

	private static AlterAction typeChange(TokenCursor cursor, String column) {
		List<SqlToken> type = cursor.until((token, next) -> token.is("USING") || token.is("COLLATE"));
		if (cursor.accept("COLLATE")) {
			cursor.name();
		}
		List<SqlToken> using = cursor.accept("USING") ? cursor.rest() : List.of();
		return new AlterColumn(column, ColumnChange.TYPE, ColumnType.parse(SqlStatement.text(type)), using);
	}

	private static ColumnChange change(TokenCursor cursor) {
		if (cursor.accept("SET", "NOT", "NULL")) {
			return ColumnChange.SET_NOT_NULL;
		}
		if (cursor.accept("DROP", "NOT", "NULL") || cursor.accept("SET", "NULL")) {
			return ColumnChange.DROP_NOT_NULL;
		}
		if (cursor.accept("SET", "DEFAULT")) {
			return ColumnChange.SET_DEFAULT;
		}
		if (cursor.accept("DROP", "DEFAULT")) {
			return ColumnChange.DROP_DEFAULT;
		}
		if (cursor.accept("ADD", "GENERATED")) {
			return ColumnChange.ADD_IDENTITY;
		}
		if (cursor.accept("DROP", "IDENTITY")) {
			return ColumnChange.DROP_IDENTITY;
		}
		if (cursor.accept("RENAME", "TO")) {
			return ColumnChange.RENAME;
		}
		if (cursor.at("SET") || cursor.at("RESET") || cursor.at("RESTART") || cursor.at("DROP", "EXPRESSION")
				|| cursor.at("SELECTIVITY") || cursor.at("DEFAULT", "ON")) {
			return ColumnChange.OTHER;
		}
		return null;
	}

}
