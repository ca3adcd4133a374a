package dev.ratchet.lint.sql;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import dev.ratchet.Identifiers;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;

/**
 * Evaluates a parsed {@code WHERE} condition that holds for every row: one that does not
 * depend on the row, such as {@code 1=1}, {@code true}, {@code 2>1}, {@code 'a'='a'} or
 * {@code 1=1 OR x=2}, and a tautology, such as {@code id = id},
 * {@code coalesce(a,'') = coalesce(a,'')}, {@code x IS NULL OR x IS NOT NULL},
 * {@code x > 0 OR x <= 0}, {@code x LIKE '%'}, {@code EXISTS (SELECT 1)} or
 * {@code id IN (SELECT id FROM the_same_table)}. An expression compared with itself counts as
 * equal unless it calls a volatile function such as {@code random()}. Anything that depends
 * on the row, or that this class cannot evaluate, is not always true.
 */
public final class ConstantCondition {

	private static final Object NULL = new Object();

	private ConstantCondition() {
	}

	/**
	 * Returns whether the {@code where} of a typed delete or update change selects every
	 * row: it is missing, or it parses to a condition that holds for every row. A
	 * condition the parser cannot read is taken as a real filter.
	 * @param condition the condition as written, without {@code WHERE}; may be {@code null}
	 * @return whether it selects every row
	 */
	public static boolean isAlwaysTrue(String condition) {
		return isAlwaysTrue(condition, null);
	}

	/**
	 * Returns whether the {@code where} of a typed delete or update change on a table
	 * selects every row of it.
	 * @param condition the condition as written, without {@code WHERE}; may be {@code null}
	 * @param table the table the change deletes from or updates, or {@code null}
	 * @return whether it selects every row
	 */
	public static boolean isAlwaysTrue(String condition, String table) {
		if (condition == null || condition.isBlank()) {
			return true;
		}
		try {
			return isAlwaysTrue(new CCJSqlParser(new StringProvider(condition)).Expression(),
					Identifiers.unqualifiedKey(table));
		}
		catch (ParseException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Returns whether a condition holds for every row.
	 * @param condition the parsed condition
	 * @return {@code true} only when it is provably always true
	 */
	static boolean isAlwaysTrue(Expression condition) {
		return isAlwaysTrue(condition, null);
	}

	/**
	 * Returns whether a condition holds for every row of a table.
	 * @param condition the parsed condition
	 * @param table the table whose rows it selects, lower case, or {@code null}
	 * @return {@code true} only when it is provably always true
	 */
	static boolean isAlwaysTrue(Expression condition, String table) {
		return truth(condition, table) == Boolean.TRUE;
	}

	private static Boolean truth(Expression expression, String table) {
		Expression condition = unwrap(expression);
		if (condition instanceof AndExpression || condition instanceof OrExpression) {
			return connective(condition, condition instanceof OrExpression, table);
		}
		if (condition instanceof NotExpression not) {
			Boolean inner = truth(not.getExpression(), table);
			return (inner != null) ? !inner : null;
		}
		Boolean tautology = Tautologies.truth(condition, table);
		if (tautology != null) {
			return tautology;
		}
		if (condition instanceof ComparisonOperator comparison) {
			return compare(comparison);
		}
		if (condition instanceof IsNullExpression isNull) {
			Object value = value(isNull.getLeftExpression());
			return (value != null) ? (value == NULL) != isNull.isNot() : null;
		}
		if (condition instanceof IsBooleanExpression is) {
			Boolean inner = truth(is.getLeftExpression(), table);
			return (inner != null) ? (inner == is.isTrue()) != is.isNot() : null;
		}
		if (condition instanceof Between between) {
			return between(between);
		}
		if (condition instanceof InExpression in) {
			return in(in);
		}
		Object value = value(condition);
		if (value instanceof Boolean bool) {
			return bool;
		}
		return (value instanceof BigDecimal number) ? number.signum() != 0 : null;
	}

	/**
	 * Evaluates a chain of {@code OR} (or {@code AND}): a term and its complement decide it,
	 * as does any term that is true (false); it is false (true) when every term is.
	 */
	private static Boolean connective(Expression condition, boolean or, String table) {
		List<Expression> terms = Tautologies.terms(condition, or ? OrExpression.class : AndExpression.class);
		if (Tautologies.anyComplementary(terms)) {
			return or;
		}
		boolean every = true;
		for (Expression term : terms) {
			Boolean value = truth(term, table);
			if (Boolean.valueOf(or).equals(value)) {
				return or;
			}
			every &= Boolean.valueOf(!or).equals(value);
		}
		return every ? !or : null;
	}

	private static Boolean compare(ComparisonOperator comparison) {
		Expression left = unwrap(comparison.getLeftExpression());
		Expression right = unwrap(comparison.getRightExpression());
		Integer order = order(value(left), value(right));
		if (order == null) {
			return null;
		}
		if (comparison instanceof EqualsTo) {
			return order == 0;
		}
		if (comparison instanceof NotEqualsTo) {
			return order != 0;
		}
		if (comparison instanceof GreaterThan) {
			return order > 0;
		}
		if (comparison instanceof GreaterThanEquals) {
			return order >= 0;
		}
		if (comparison instanceof MinorThan) {
			return order < 0;
		}
		return (comparison instanceof MinorThanEquals) ? order <= 0 : null;
	}

	private static Boolean between(Between between) {
		Integer low = order(value(between.getLeftExpression()), value(between.getBetweenExpressionStart()));
		Integer high = order(value(between.getLeftExpression()), value(between.getBetweenExpressionEnd()));
		if (low == null || high == null) {
			return null;
		}
		return (low >= 0 && high <= 0) != between.isNot();
	}

	private static Boolean in(InExpression in) {
		Object left = value(in.getLeftExpression());
		if (left == null || !(in.getRightExpression() instanceof ExpressionList<?> list)) {
			return null;
		}
		boolean found = false;
		for (Expression item : list) {
			Integer order = order(left, value(item));
			if (order == null) {
				return null;
			}
			found |= order == 0;
		}
		return found != in.isNot();
	}

	@SuppressWarnings("unchecked")
	private static Integer order(Object left, Object right) {
		if (left == null || right == null || left == NULL || right == NULL
				|| !Objects.equals(left.getClass(), right.getClass())) {
			return null;
		}
		return Integer.signum(((Comparable<Object>) left).compareTo(right));
	}

	private static Object value(Expression expression) {
		Expression value = unwrap(expression);
		if (value instanceof LongValue number) {
			return new BigDecimal(number.getBigIntegerValue());
		}
		if (value instanceof DoubleValue number) {
			return BigDecimal.valueOf(number.getValue());
		}
		if (value instanceof StringValue string) {
			return string.getValue();
		}
		if (value instanceof BooleanValue bool) {
			return bool.getValue();
		}
		if (value instanceof NullValue) {
			return NULL;
		}
		if (value instanceof SignedExpression signed && value(signed.getExpression()) instanceof BigDecimal number) {
			return (signed.getSign() == '-') ? number.negate() : number;
		}
		if (value instanceof Addition || value instanceof Subtraction || value instanceof Multiplication) {
			return arithmetic((BinaryExpression) value);
		}
		return null;
	}

	private static Object arithmetic(BinaryExpression operation) {
		if (value(operation.getLeftExpression()) instanceof BigDecimal left
				&& value(operation.getRightExpression()) instanceof BigDecimal right) {
			if (operation instanceof Addition) {
				return left.add(right);
			}
			return (operation instanceof Subtraction) ? left.subtract(right) : left.multiply(right);
		}
		return null;
	}

	static Expression unwrap(Expression expression) {
		Expression inner = expression;
		while (true) {
			if (inner instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
				inner = list.get(0);
			}
			else {
				return inner;
			}
		}
	}

}
