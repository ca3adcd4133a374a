package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;

import dev.ratchet.Identifiers;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Conditions that hold for every row whatever its values: an expression compared with
 * itself (also {@code x IN (…, x, …)} and {@code x BETWEEN x AND x}), a condition {@code OR}ed
 * with its complement ({@code x IS NULL OR x IS NOT NULL},
 * {@code x > 0 OR x <= 0}, {@code p OR NOT p}), {@code LIKE '%'}, {@code EXISTS} of a query
 * without a table, and a column {@code IN} the same column of the same table. As for
 * {@code x = x}, rows where the expression is {@code NULL} are not set apart.
 */
final class Tautologies {

	private Tautologies() {
	}

	/**
	 * Returns the operands of a chain of one binary operator, such as the terms of
	 * {@code a OR b OR c}.
	 */
	static List<Expression> terms(Expression expression, Class<? extends BinaryExpression> operator) {
		List<Expression> terms = new ArrayList<>();
		collect(ConstantCondition.unwrap(expression), operator, terms);
		return terms;
	}

	private static void collect(Expression expression, Class<? extends BinaryExpression> operator,
			List<Expression> terms) {
		if (operator.isInstance(expression)) {
			BinaryExpression binary = (BinaryExpression) expression;
			collect(ConstantCondition.unwrap(binary.getLeftExpression()), operator, terms);
			collect(ConstantCondition.unwrap(binary.getRightExpression()), operator, terms);
		}
		else {
			terms.add(expression);
		}
	}

	/**
	 * Returns whether two of the terms are each other's complement.
	 */
	static boolean anyComplementary(List<Expression> terms) {
		for (int i = 0; i < terms.size(); i++) {
			for (int j = i + 1; j < terms.size(); j++) {
				if (complementary(terms.get(i), terms.get(j)) || complementary(terms.get(j), terms.get(i))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Evaluates a condition that holds, or never holds, whatever the row.
	 * @param condition the condition, unwrapped
	 * @param table the table whose rows it selects, or {@code null}
	 * @return its truth, or {@code null} when it depends on the row
	 */
	static Boolean truth(Expression condition, String table) {
		if (condition instanceof IsDistinctExpression distinct) {
			return same(distinct.getLeftExpression(), distinct.getRightExpression()) ? distinct.isNot() : null;
		}
		if (condition instanceof LikeExpression like) {
			boolean everything = !like.isNot() && ConstantCondition.unwrap(like.getRightExpression()) instanceof StringValue
					value && value.getValue().equals("%");
			return everything ? Boolean.TRUE : null;
		}
		if (condition instanceof ExistsExpression exists) {
			return isTableless(exists.getRightExpression()) ? !exists.isNot() : null;
		}
		if (condition instanceof InExpression in && !in.isNot()) {
			return (containsItself(in) || (table != null && isSameColumn(in, table))) ? Boolean.TRUE : null;
		}
		if (condition instanceof Between between && !between.isNot()) {
			return (same(between.getLeftExpression(), between.getBetweenExpressionStart())
					&& same(between.getLeftExpression(), between.getBetweenExpressionEnd())) ? Boolean.TRUE : null;
		}
		if (condition instanceof BinaryExpression comparison && isComparison(comparison)
				&& same(comparison.getLeftExpression(), comparison.getRightExpression())) {
			return comparison instanceof EqualsTo || comparison instanceof GreaterThanEquals
					|| comparison instanceof MinorThanEquals;
		}
		return null;
	}

	private static boolean complementary(Expression a, Expression b) {
		if (b instanceof NotExpression not) {
			return same(a, not.getExpression());
		}
		if (a instanceof IsNullExpression x && b instanceof IsNullExpression y) {
			return x.isNot() != y.isNot() && same(x.getLeftExpression(), y.getLeftExpression());
		}
		if (a instanceof IsBooleanExpression x && b instanceof IsBooleanExpression y) {
			return x.isTrue() == y.isTrue() && x.isNot() != y.isNot()
					&& same(x.getLeftExpression(), y.getLeftExpression());
		}
		if (a instanceof BinaryExpression x && b instanceof BinaryExpression y && isComparison(x) && isComparison(y)
				&& negates(x, y)) {
			return same(x.getLeftExpression(), y.getLeftExpression())
					&& same(x.getRightExpression(), y.getRightExpression());
		}
		return false;
	}

	private static boolean negates(BinaryExpression x, BinaryExpression y) {
		return (x instanceof EqualsTo && y instanceof NotEqualsTo)
				|| (x instanceof GreaterThan && y instanceof MinorThanEquals)
				|| (x instanceof MinorThan && y instanceof GreaterThanEquals);
	}

	private static boolean isComparison(BinaryExpression expression) {
		return expression instanceof EqualsTo || expression instanceof NotEqualsTo || expression instanceof GreaterThan
				|| expression instanceof GreaterThanEquals || expression instanceof MinorThan
				|| expression instanceof MinorThanEquals;
	}

	/**
	 * Returns whether two expressions are written the same way and evaluate the same way
	 * every time, so they are equal for every row.
	 */
	static boolean same(Expression a, Expression b) {
		Expression left = ConstantCondition.unwrap(a);
		Expression right = ConstantCondition.unwrap(b);
		if (left == null || right == null || left instanceof NullValue) {
			return false;
		}
		String text = left.toString();
		return text.equalsIgnoreCase(right.toString()) && !VolatileFunctions.calledIn(text);
	}

	private static boolean containsItself(InExpression in) {
		if (in.getRightExpression() instanceof ExpressionList<?> list) {
			for (Expression item : list) {
				if (same(in.getLeftExpression(), item)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isTableless(Expression query) {
		if (query instanceof ParenthesedSelect parenthesed && parenthesed.getSelect() instanceof PlainSelect select) {
			return select.getFromItem() == null && select.getWhere() == null && select.getHaving() == null;
		}
		return false;
	}

	private static boolean isSameColumn(InExpression in, String table) {
		if (!(ConstantCondition.unwrap(in.getLeftExpression()) instanceof Column column)
				|| !(in.getRightExpression() instanceof ParenthesedSelect parenthesed)
				|| !(parenthesed.getSelect() instanceof PlainSelect select)) {
			return false;
		}
		boolean wholeTable = select.getFromItem() instanceof Table from && table.equals(Names.of(from))
				&& select.getWhere() == null && select.getJoins() == null && select.getLimit() == null
				&& select.getHaving() == null && select.getFetch() == null && select.getTop() == null;
		if (!wholeTable || select.getSelectItems().size() != 1) {
			return false;
		}
		SelectItem<?> item = select.getSelectItems().get(0);
		return item.getExpression() instanceof Column selected
				&& Identifiers.unqualifiedKey(selected.getColumnName())
					.equals(Identifiers.unqualifiedKey(column.getColumnName()));
	}

}
