package dev.ratchet.lint.sql;

import java.util.List;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.insert.ConflictActionType;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.merge.MergeDelete;
import net.sf.jsqlparser.statement.merge.MergeOperation;
import net.sf.jsqlparser.statement.merge.MergeUpdate;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Statements that delete or write every row of a table: {@code DELETE} and {@code UPDATE}
 * with no {@code WHERE}, or one that is true for every row, and no join condition that
 * filters the rows; {@code MERGE} on an always-true match; an upsert that reads every row
 * of its own table; and the data-modifying {@code WITH} items of PostgreSQL. Writing every
 * row of a column that existed before the run overwrites its data
 * ({@link Rule#OVERWRITE_COLUMN}); writing a column the run created is a backfill
 * ({@link Rule#UPDATE_WITHOUT_WHERE}).
 */
final class RowChanges {

	private static final String ALWAYS_TRUE = " (its WHERE clause is always true)";

	private RowChanges() {
	}

	/**
	 * Records a {@code DELETE} that removes every row.
	 */
	static void delete(Delete delete, Findings findings) {
		with(delete.getWithItemsList(), findings);
		String table = Names.of(delete.getTable());
		if (selectsEveryRow(delete.getWhere(), table) && !filters(delete.getJoins())) {
			findings.table(Rule.DELETE_WITHOUT_WHERE, table,
					"deletes every row of " + table + ((delete.getWhere() != null) ? ALWAYS_TRUE : ""));
		}
	}

	/**
	 * Records an {@code UPDATE} that writes every row.
	 */
	static void update(Update update, Findings findings) {
		with(update.getWithItemsList(), findings);
		String table = Names.of(update.getTable());
		if (selectsEveryRow(update.getWhere(), table) && !filters(update.getStartJoins())
				&& !filters(update.getJoins())) {
			written(table, update.getUpdateSets(), (update.getWhere() != null) ? ALWAYS_TRUE : "", findings);
		}
	}

	/**
	 * Records a {@code MERGE} whose match is true for every row: it deletes or writes every
	 * row of its target.
	 */
	static void merge(Merge merge, Findings findings) {
		with(merge.getWithItemsList(), findings);
		if (!ConstantCondition.isAlwaysTrue(merge.getOnCondition())) {
			return;
		}
		String table = Names.of(merge.getTable());
		String how = " (MERGE … ON a condition that is always true)";
		for (MergeOperation operation : each(merge.getOperations())) {
			if (operation instanceof MergeDelete delete && isMatched(delete.getSide())
					&& selectsEveryRow(delete.getAndPredicate(), table)) {
				findings.table(Rule.DELETE_WITHOUT_WHERE, table, "deletes every row of " + table + how);
			}
			else if (operation instanceof MergeUpdate update && isMatched(update.getSide())
					&& selectsEveryRow(update.getAndPredicate(), table)
					&& selectsEveryRow(update.getWhereCondition(), table)) {
				written(table, update.getUpdateSets(), how, findings);
			}
		}
	}

	/**
	 * Records an upsert ({@code ON CONFLICT DO UPDATE}, {@code ON DUPLICATE KEY UPDATE}) whose
	 * rows come from every row of its own table, so every row is written.
	 */
	static void insert(Insert insert, Findings findings) {
		with(insert.getWithItemsList(), findings);
		List<UpdateSet> sets = null;
		if (insert.getConflictAction() != null
				&& insert.getConflictAction().getConflictActionType() == ConflictActionType.DO_UPDATE
				&& selectsEveryRow(insert.getConflictAction().getWhereExpression(), null)) {
			sets = insert.getConflictAction().getUpdateSets();
		}
		else if (insert.isUseDuplicate()) {
			sets = insert.getDuplicateUpdateSets();
		}
		String table = Names.of(insert.getTable());
		if (sets == null || !(insert.getSelect() instanceof PlainSelect select)
				|| !(select.getFromItem() instanceof Table from)
				|| !table.equals(Names.of(from)) || select.getJoins() != null || select.getLimit() != null
				|| !selectsEveryRow(select.getWhere(), table)) {
			return;
		}
		written(table, sets, " (an upsert of every row of the same table)", findings);
	}

	/**
	 * Inspects the {@code DELETE} and {@code UPDATE} of {@code WITH} items.
	 */
	static void with(List<WithItem<?>> items, Findings findings) {
		for (WithItem<?> item : each(items)) {
			if (item.getParenthesedStatement() instanceof ParenthesedDelete delete) {
				delete(delete.getDelete(), findings);
			}
			else if (item.getParenthesedStatement() instanceof ParenthesedUpdate update) {
				update(update.getUpdate(), findings);
			}
		}
	}

	private static void written(String table, List<UpdateSet> sets, String how, Findings findings) {
		boolean backfill = false;
		for (UpdateSet set : each(sets)) {
			for (Column column : set.getColumns()) {
				String name = Identifiers.unqualifiedKey(column.getColumnName());
				if (findings.isNewColumn(table, name)) {
					backfill = true;
				}
				else {
					findings.column(Rule.OVERWRITE_COLUMN, table, name,
							"overwrites column " + name + " in every row of " + table + how);
				}
			}
		}
		if (backfill) {
			findings.table(Rule.UPDATE_WITHOUT_WHERE, table, "updates every row of " + table + how);
		}
	}

	private static boolean isMatched(Object side) {
		return side == null || !side.toString().contains("NOT");
	}

	private static boolean selectsEveryRow(Expression where, String table) {
		return where == null || ConstantCondition.isAlwaysTrue(where, table);
	}

	private static boolean filters(List<Join> joins) {
		return each(joins).stream()
			.filter((join) -> join.getOnExpressions() != null)
			.flatMap((join) -> join.getOnExpressions().stream())
			.anyMatch((condition) -> !ConstantCondition.isAlwaysTrue(condition));
	}

	private static <T> List<T> each(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
