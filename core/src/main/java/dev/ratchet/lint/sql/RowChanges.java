package dev.ratchet.lint.sql;

import java.util.List;

import dev.ratchet.lint.Rule;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.update.Update;

/**
 * {@code DELETE} and {@code UPDATE} that touch every row: no {@code WHERE}, or one that is
 * always true, and no join condition that filters the rows. Also the data-modifying
 * {@code WITH} items of PostgreSQL.
 */
final class RowChanges {

	private RowChanges() {
	}

	/**
	 * Records a {@code DELETE} that removes every row.
	 */
	static void delete(Delete delete, Findings findings) {
		with(delete.getWithItemsList(), findings);
		String table = Names.of(delete.getTable());
		if (selectsEveryRow(delete.getWhere()) && !filters(delete.getJoins())) {
			findings.table(Rule.DELETE_WITHOUT_WHERE, table,
					"deletes every row of " + table + reason(delete.getWhere()));
		}
	}

	/**
	 * Records an {@code UPDATE} that rewrites every row.
	 */
	static void update(Update update, Findings findings) {
		with(update.getWithItemsList(), findings);
		String table = Names.of(update.getTable());
		if (selectsEveryRow(update.getWhere()) && !filters(update.getStartJoins()) && !filters(update.getJoins())) {
			findings.table(Rule.UPDATE_WITHOUT_WHERE, table,
					"updates every row of " + table + reason(update.getWhere()));
		}
	}

	/**
	 * Inspects the {@code DELETE} and {@code UPDATE} of {@code WITH} items.
	 */
	static void with(List<WithItem<?>> items, Findings findings) {
		if (items == null) {
			return;
		}
		for (WithItem<?> item : items) {
			if (item.getParenthesedStatement() instanceof ParenthesedDelete delete) {
				delete(delete.getDelete(), findings);
			}
			else if (item.getParenthesedStatement() instanceof ParenthesedUpdate update) {
				update(update.getUpdate(), findings);
			}
		}
	}

	private static boolean selectsEveryRow(Expression where) {
		return where == null || ConstantCondition.isAlwaysTrue(where);
	}

	private static boolean filters(List<Join> joins) {
		if (joins == null) {
			return false;
		}
		return joins.stream()
			.filter((join) -> join.getOnExpressions() != null)
			.flatMap((join) -> join.getOnExpressions().stream())
			.anyMatch((condition) -> !ConstantCondition.isAlwaysTrue(condition));
	}

	private static String reason(Expression where) {
		return (where != null) ? " (its WHERE clause is always true)" : "";
	}

}
