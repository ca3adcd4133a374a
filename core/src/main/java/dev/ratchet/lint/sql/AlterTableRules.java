package dev.ratchet.lint.sql;

import java.util.List;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.sql.AlterAction.AddColumn;
import dev.ratchet.lint.sql.AlterAction.AddConstraint;
import dev.ratchet.lint.sql.AlterAction.AlterColumn;
import dev.ratchet.lint.sql.AlterAction.ColumnChange;
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
import dev.ratchet.lint.sql.AlterTableParser.AlterTable;

/**
 * {@code ALTER TABLE}, action by action: what each action breaks or destroys, and on
 * PostgreSQL what it locks while it rewrites, scans or indexes the table
 * ({@link ColumnRules} and {@link ConstraintRules} judge added columns and constraints). An
 * action of a form not read here fails closed like unparsed SQL.
 */
final class AlterTableRules {

	private final String table;

	private final Findings findings;

	private AlterTableRules(String table, Findings findings) {
		this.table = table;
		this.findings = findings;
	}

	/**
	 * Records what an {@code ALTER TABLE} statement does.
	 * @param statement the statement
	 * @param findings where to record it
	 * @return whether the statement is an {@code ALTER TABLE}
	 */
	static boolean inspect(SqlStatement statement, Findings findings) {
		AlterTable alter = AlterTableParser.parse(statement.tokens());
		if (alter == null) {
			return false;
		}
		AlterTableRules rules = new AlterTableRules(alter.table(), findings);
		String lockedBefore = findings.transaction().lockedBy(alter.table());
		boolean locks = alter.actions().stream().anyMatch(AlterTableRules::locksAgainstWrites);
		String statementLock = (lockedBefore != null) ? lockedBefore : locks ? "this ALTER TABLE" : null;
		for (AlterAction action : alter.actions()) {
			rules.judge(action, statementLock);
		}
		if (locks) {
			findings.transaction().lock(alter.table(), "ALTER TABLE " + alter.table());
		}
		return true;
	}

	/**
	 * Returns whether PostgreSQL takes a lock that blocks writes for the action: every
	 * action but {@code VALIDATE CONSTRAINT} and the few that take only
	 * {@code SHARE UPDATE EXCLUSIVE}.
	 */
	private static boolean locksAgainstWrites(AlterAction action) {
		if (action instanceof ValidateConstraint) {
			return false;
		}
		if (action instanceof AlterColumn column && column.change() == ColumnChange.OTHER) {
			return false;
		}
		if (action instanceof Harmless harmless && !harmless.tokens().isEmpty()) {
			SqlToken first = harmless.tokens().get(0);
			return !(first.is("CLUSTER") || first.is("SET") || first.is("ATTACH"));
		}
		return true;
	}

	private void judge(AlterAction action, String lock) {
		if (action instanceof AddColumn add) {
			ColumnRules.added(this.table, add.column(), this.findings);
		}
		else if (action instanceof AddConstraint add) {
			ConstraintRules.added(this.table, add.constraint(), this.findings);
		}
		else if (action instanceof AlterColumn alter) {
			altered(alter);
		}
		else if (action instanceof ModifyColumn modify) {
			modified(modify);
		}
		else if (action instanceof DropColumn drop) {
			drop.columns().forEach((column) -> this.findings.column(Rule.DROP_COLUMN, this.table, column,
					"drops column " + column));
		}
		else if (action instanceof DropConstraint drop) {
			ConstraintNames.dropped(this.table, drop.name(), drop.kind(), this.findings);
		}
		else if (action instanceof DropIndex drop) {
			this.findings.column(Rule.DROP_INDEX, this.table, drop.name(), "drops index " + drop.name());
		}
		else if (action instanceof Rename rename) {
			renamed(rename);
		}
		else if (action instanceof ValidateConstraint validate) {
			ConstraintRules.validated(this.table, validate.name(), lock, this.findings);
		}
		else {
			other(action);
		}
	}

	private void other(AlterAction action) {
		if (action instanceof Rewrite rewrite) {
			if (this.findings.onPostgres()) {
				this.findings.table(Rule.TABLE_REWRITE, this.table, "runs " + rewrite.description() + " on "
						+ this.table + ", which copies every row while the table is locked");
			}
		}
		else if (action instanceof MoveToSchema move) {
			this.findings.table(Rule.RENAME_TABLE, this.table, "moves table " + this.table + " to schema " + move.schema());
		}
		else if (action instanceof ConvertCharset convert) {
			this.findings.table(Rule.MODIFY_DATA_TYPE, this.table,
					"converts every text column of " + this.table + " to character set " + convert.charset());
		}
		else if (action instanceof PartitionRemoval partitions) {
			partitionsRemoved(partitions);
		}
		else if (action instanceof Unknown unknown) {
			unknown(unknown.tokens());
		}
	}

	private void altered(AlterColumn alter) {
		String column = alter.column();
		switch (alter.change()) {
			case TYPE -> TypeChanges.judge(this.table, column, alter.type(), alter.expression(), this.findings);
			case SET_NOT_NULL -> ColumnRules.setNotNull(this.table, column, this.findings);
			case DROP_NOT_NULL -> {
				this.findings.column(Rule.DROP_NOT_NULL, this.table, column, "drops the NOT NULL constraint of " + column);
				this.findings.notNull(this.table, column, false);
			}
			case DROP_DEFAULT -> this.findings.column(Rule.DROP_DEFAULT_VALUE, this.table, column,
					"drops the default value of " + column);
			case DROP_IDENTITY -> this.findings.column(Rule.DROP_DEFAULT_VALUE, this.table, column,
					"drops the identity (generated default) of " + column);
			case RENAME -> this.findings.column(Rule.RENAME_COLUMN, this.table, column, "renames column " + column
					+ " to "
					+ (alter.expression().isEmpty() ? "?" : Identifiers.unqualifiedKey(alter.expression().get(0).value())));
			default -> {
			}
		}
	}

	/**
	 * MySQL's {@code MODIFY} and {@code CHANGE}, H2's {@code ALTER COLUMN c type}: a rename
	 * when the name changes, else a type change, and NOT NULL when the definition says so.
	 */
	private void modified(ModifyColumn modify) {
		ColumnDefinition column = modify.column();
		if (!modify.oldName().equals(column.name())) {
			this.findings.column(Rule.RENAME_COLUMN, this.table, modify.oldName(),
					"renames column " + modify.oldName() + " to " + column.name());
			return;
		}
		if (column.type() != null) {
			TypeChanges.judge(this.table, column.name(), column.type(), List.of(), this.findings);
		}
		if (column.isNotNull() && !Boolean.TRUE.equals(this.findings.notNull(this.table, column.name()))) {
			this.findings.column(Rule.ADD_NOT_NULL_CONSTRAINT, this.table, column.name(),
					"makes " + column.name() + " NOT NULL");
		}
		this.findings.notNull(this.table, column.name(), column.isNotNull());
	}

	private void renamed(Rename rename) {
		if (rename.kind() == Renamed.TABLE) {
			this.findings.table(Rule.RENAME_TABLE, this.table, "renames table " + this.table + " to " + rename.to());
		}
		else if (rename.kind() == Renamed.COLUMN) {
			this.findings.column(Rule.RENAME_COLUMN, this.table, rename.from(),
					"renames column " + rename.from() + " to " + rename.to());
		}
	}

	private void partitionsRemoved(PartitionRemoval removal) {
		String partitions = String.join(",", removal.partitions());
		switch (removal.verb()) {
			case "TRUNCATE" -> this.findings.table(Rule.TRUNCATE_TABLE, this.table,
					"truncates partition " + partitions + " of " + this.table);
			case "DETACH" -> {
				this.findings.table(Rule.DROP_TABLE, this.table,
						"detaches partition " + partitions + " from " + this.table + ": its rows leave the table");
				if (removal.concurrently() && this.findings.transaction().isOpen()) {
					this.findings.table(Rule.CONCURRENT_INDEX_IN_TRANSACTION, this.table, "detaches partition "
							+ partitions + " CONCURRENTLY inside a transaction, which PostgreSQL refuses");
				}
			}
			default -> this.findings.table(Rule.DROP_TABLE, this.table,
					"drops partition " + partitions + " of " + this.table);
		}
	}

	private void unknown(List<SqlToken> tokens) {
		String keyword = DestructiveKeywords.inAlterTableAction(tokens);
		String alters = "alters table " + this.table + " in a way that could not be parsed";
		if (keyword != null) {
			this.findings.table(Rule.UNPARSED_SQL, this.table,
					alters + " and contains " + keyword + ": " + SqlStatement.shown(tokens));
		}
		else {
			this.findings.table(Rule.UNPARSED_SQL_OPAQUE, this.table, alters + ": " + SqlStatement.shown(tokens));
		}
	}

}
