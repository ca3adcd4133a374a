package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.ratchet.lint.sql.AlterAction.AddColumn;
import dev.ratchet.lint.sql.AlterAction.AddConstraint;
import dev.ratchet.lint.sql.AlterAction.ConvertCharset;
import dev.ratchet.lint.sql.AlterAction.DropColumn;
import dev.ratchet.lint.sql.AlterAction.DropConstraint;
import dev.ratchet.lint.sql.AlterAction.DropIndex;
import dev.ratchet.lint.sql.AlterAction.Harmless;
import dev.ratchet.lint.sql.AlterAction.ModifyColumn;
import dev.ratchet.lint.sql.AlterAction.MoveToSchema;
import dev.ratchet.lint.sql.AlterAction.PartitionRemoval;
import dev.ratchet.lint.sql.AlterAction.Rename;
import dev.ratchet.lint.sql.AlterAction.Renamed;
import dev.ratchet.lint.sql.AlterAction.Rewrite;
import dev.ratchet.lint.sql.AlterAction.Unknown;
import dev.ratchet.lint.sql.AlterAction.ValidateConstraint;

/**
 * Reads {@code ALTER TABLE} statements action by action, in PostgreSQL, MySQL/MariaDB and H2
 * syntax: {@code ALTER [ONLINE | IGNORE] TABLE [IF EXISTS] [ONLY] name [*] action [, …]}.
 * Actions are separated at the commas outside parentheses; each is read on its own, so one
 * form not read here never hides what the others do.
 */
final class AlterTableParser {

	private static final Set<String> HARMLESS_STARTS = Set.of("OWNER", "REPLICA", "ENABLE", "DISABLE", "FORCE",
			"CLUSTER", "RESET", "INHERIT", "OF", "ATTACH", "ALGORITHM", "LOCK", "ENGINE", "AUTO_INCREMENT", "DEFAULT",
			"CHARACTER", "CHARSET", "COLLATE", "COMMENT", "ROW_FORMAT", "KEY_BLOCK_SIZE", "STATS_PERSISTENT",
			"STATS_AUTO_RECALC", "STATS_SAMPLE_PAGES", "PACK_KEYS", "CHECKSUM", "DELAY_KEY_WRITE", "MAX_ROWS",
			"MIN_ROWS", "AVG_ROW_LENGTH", "ORDER", "ANALYZE", "OPTIMIZE", "REBUILD", "REPAIR", "COALESCE",
			"REORGANIZE", "REMOVE", "PARTITION", "DISCARD", "IMPORT", "WITH", "WITHOUT", "NOCHECK", "PAGE_CHECKSUM",
			"TRANSACTIONAL", "SEQUENCE", "ENCRYPTED", "ENCRYPTION_KEY_ID", "UNION", "INSERT_METHOD", "CONNECTION");

	private AlterTableParser() {
	}

	/**
	 * Reads an {@code ALTER TABLE} statement.
	 * @param tokens the statement's tokens
	 * @return the statement, or {@code null} when it is not an {@code ALTER TABLE}
	 */
	static AlterTable parse(List<SqlToken> tokens) {
		TokenCursor cursor = new TokenCursor(tokens);
		if (!cursor.accept("ALTER")) {
			return null;
		}
		if (!cursor.accept("ONLINE")) {
			cursor.accept("IGNORE");
		}
		if (!cursor.accept("TABLE") || cursor.at("ALL", "IN")) {
			return null;
		}
		cursor.acceptIfExists();
		cursor.accept("ONLY");
		String table = cursor.name();
		if (table == null) {
			return null;
		}
		cursor.acceptSymbol("*");
		List<AlterAction> actions = new ArrayList<>();
		for (List<SqlToken> action : split(cursor.rest())) {
			actions.addAll(action(action, actions.isEmpty() ? null : actions.get(actions.size() - 1)));
		}
		return new AlterTable(table, actions);
	}

	private static List<List<SqlToken>> split(List<SqlToken> tokens) {
		List<List<SqlToken>> actions = new ArrayList<>();
		int start = 0;
		int depth = 0;
		for (int i = 0; i < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			if (depth == 0 && token.isSymbol(",")) {
				actions.add(tokens.subList(start, i));
				start = i + 1;
			}
		}
		if (start < tokens.size()) {
			actions.add(tokens.subList(start, tokens.size()));
		}
		return actions;
	}

	private static List<AlterAction> action(List<SqlToken> tokens, AlterAction previous) {
		TokenCursor cursor = new TokenCursor(tokens);
		if (previous instanceof DropColumn && tokens.size() == 1 && tokens.get(0).isName()) {
			return List.of(new DropColumn(List.of(cursor.name())));
		}
		AlterAction action;
		if (cursor.accept("ADD")) {
			return add(cursor, tokens);
		}
		else if (cursor.accept("MODIFY")) {
			return modify(cursor, tokens);
		}
		else if (cursor.accept("ALTER")) {
			action = AlterColumnParser.read(cursor, tokens);
		}
		else if (cursor.accept("DROP")) {
			action = drop(cursor, tokens);
		}
		else if (cursor.accept("RENAME")) {
			action = rename(cursor, tokens);
		}
		else if (cursor.accept("VALIDATE", "CONSTRAINT")) {
			action = new ValidateConstraint(cursor.name());
		}
		else if (cursor.accept("CHANGE")) {
			cursor.accept("COLUMN");
			cursor.acceptIfExists();
			String old = cursor.name();
			ColumnDefinition column = ColumnDefinition.read(cursor);
			action = (old != null && column != null) ? new ModifyColumn(old, column) : new Unknown(tokens);
		}
		else if (cursor.accept("CONVERT", "TO")) {
			cursor.accept("CHARACTER", "SET");
			cursor.accept("CHARSET");
			action = new ConvertCharset(cursor.atEnd() ? "?" : cursor.next().text());
		}
		else if (cursor.accept("SET")) {
			action = set(cursor, tokens);
		}
		else if (cursor.accept("TRUNCATE", "PARTITION") || cursor.accept("DETACH", "PARTITION")) {
			List<String> partitions = names(cursor);
			action = new PartitionRemoval(tokens.get(0).value(), partitions, cursor.accept("CONCURRENTLY"));
		}
		else if (cursor.at("NO") || cursor.at("NOT", "OF")
				|| (!tokens.isEmpty() && tokens.get(0).kind() == SqlToken.Kind.WORD
						&& HARMLESS_STARTS.contains(tokens.get(0).value()))) {
			action = new Harmless(tokens);
		}
		else {
			action = new Unknown(tokens);
		}
		return List.of(action);
	}

	private static List<AlterAction> add(TokenCursor cursor, List<SqlToken> tokens) {
		if (cursor.at("PARTITION")) {
			return List.of(new Harmless(tokens));
		}
		boolean column = cursor.accept("COLUMN");
		cursor.acceptIfNotExists();
		if (!column && TableConstraint.startsAt(cursor)) {
			TableConstraint constraint = TableConstraint.read(cursor);
			return List.of((constraint != null) ? new AddConstraint(constraint) : new Unknown(tokens));
		}
		List<AlterAction> added = new ArrayList<>();
		for (ColumnDefinition definition : definitions(cursor)) {
			added.add(new AddColumn(definition));
		}
		return added.isEmpty() ? List.of(new Unknown(tokens)) : added;
	}

	private static List<AlterAction> modify(TokenCursor cursor, List<SqlToken> tokens) {
		cursor.accept("COLUMN");
		cursor.acceptIfExists();
		List<AlterAction> modified = new ArrayList<>();
		for (ColumnDefinition definition : definitions(cursor)) {
			modified.add(new ModifyColumn(definition.name(), definition));
		}
		return modified.isEmpty() ? List.of(new Unknown(tokens)) : modified;
	}

	/**
	 * Reads one column definition, or the parenthesized list of MySQL's and Oracle's
	 * {@code ADD (a int, b int)}.
	 */
	private static List<ColumnDefinition> definitions(TokenCursor cursor) {
		List<ColumnDefinition> definitions = new ArrayList<>();
		List<SqlToken> list = cursor.parenthesized();
		if (list == null) {
			ColumnDefinition definition = ColumnDefinition.read(cursor);
			if (definition != null) {
				definitions.add(definition);
			}
			return definitions;
		}
		for (List<SqlToken> one : split(list)) {
			ColumnDefinition definition = ColumnDefinition.read(new TokenCursor(one));
			if (definition != null) {
				definitions.add(definition);
			}
		}
		return definitions;
	}

	private static AlterAction drop(TokenCursor cursor, List<SqlToken> tokens) {
		if (cursor.accept("CONSTRAINT")) {
			cursor.acceptIfExists();
			return new DropConstraint(cursor.name(), null);
		}
		if (cursor.accept("PRIMARY", "KEY")) {
			return new DropConstraint(null, ConstraintKind.PRIMARY_KEY);
		}
		if (cursor.accept("FOREIGN", "KEY")) {
			cursor.acceptIfExists();
			return new DropConstraint(cursor.name(), ConstraintKind.FOREIGN_KEY);
		}
		if (cursor.accept("CHECK")) {
			cursor.acceptIfExists();
			return new DropConstraint(cursor.name(), ConstraintKind.CHECK);
		}
		if (cursor.accept("UNIQUE")) {
			return new DropConstraint(null, ConstraintKind.UNIQUE);
		}
		if (cursor.accept("INDEX") || cursor.accept("KEY")) {
			cursor.acceptIfExists();
			return new DropIndex(cursor.name());
		}
		if (cursor.accept("PARTITION")) {
			return new PartitionRemoval("DROP", names(cursor), false);
		}
		if (cursor.at("PERIOD") || cursor.at("SYSTEM") || cursor.at("EXPRESSION")) {
			return new Unknown(tokens);
		}
		cursor.accept("COLUMN");
		cursor.acceptIfExists();
		List<SqlToken> list = cursor.parenthesized();
		List<String> columns = (list != null) ? names(new TokenCursor(list)) : names(cursor);
		return columns.isEmpty() ? new Unknown(tokens) : new DropColumn(columns);
	}

	private static AlterAction rename(TokenCursor cursor, List<SqlToken> tokens) {
		if (cursor.accept("TO") || cursor.accept("AS")) {
			return new Rename(Renamed.TABLE, null, cursor.name());
		}
		Renamed kind = cursor.accept("CONSTRAINT") ? Renamed.CONSTRAINT
				: (cursor.accept("INDEX") || cursor.accept("KEY")) ? Renamed.INDEX : Renamed.COLUMN;
		if (kind == Renamed.COLUMN) {
			cursor.accept("COLUMN");
		}
		String from = cursor.name();
		String to = cursor.accept("TO") ? cursor.name() : null;
		return (from != null && to != null) ? new Rename(kind, from, to) : new Unknown(tokens);
	}

	private static AlterAction set(TokenCursor cursor, List<SqlToken> tokens) {
		if (cursor.at("TABLESPACE") || cursor.at("LOGGED") || cursor.at("UNLOGGED") || cursor.at("ACCESS", "METHOD")) {
			return new Rewrite(SqlStatement.shown(tokens));
		}
		if (cursor.accept("SCHEMA")) {
			return new MoveToSchema(cursor.name());
		}
		if (cursor.at("WITHOUT") || cursor.atSymbol("(") || cursor.at("REFERENTIAL_INTEGRITY")
				|| cursor.at("SYSTEM_VERSIONING")) {
			return new Harmless(tokens);
		}
		return new Unknown(tokens);
	}

	/**
	 * Reads names separated by commas, stopping at anything else.
	 */
	private static List<String> names(TokenCursor cursor) {
		List<String> names = new ArrayList<>();
		String name = cursor.name();
		while (name != null) {
			names.add(name);
			cursor.accept("CASCADE");
			cursor.accept("RESTRICT");
			name = cursor.acceptSymbol(",") ? cursor.name() : null;
		}
		return names;
	}

	/**
	 * An {@code ALTER TABLE} statement.
	 *
	 * @param table the table, lower case without schema
	 * @param actions its actions, in order
	 */
	record AlterTable(String table, List<AlterAction> actions) {

	}

}
