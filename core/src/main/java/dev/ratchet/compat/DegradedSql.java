package dev.ratchet.compat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * The SQL compat mode puts in place of what the database lacks, and how to recognise it
 * in the statements the application sends. A degraded column reads as a typed null that
 * carries a marker literal; an unusable table is replaced by a one-row query that names
 * the entity and the table.
 */
public final class DegradedSql {

	private static final String COLUMN_MARKER = "'ratchet-compat'";

	private static final String TABLE_MARKER = "'ratchet-unavailable:";

	private DegradedSql() {
	}

	/**
	 * Returns the SQL expression that reads a degraded column.
	 * @param castType the database type to cast the null to, such as {@code varchar(255)}
	 * @param defaultValue the literal to read instead of null (a primitive's default such
	 * as {@code 0} or {@code false}), or {@code null}
	 * @return the expression
	 */
	public static String nullOf(String castType, String defaultValue) {
		String typedNull = "cast(nullif(" + COLUMN_MARKER + ", " + COLUMN_MARKER + ") as " + castType + ")";
		return (defaultValue != null) ? "coalesce(" + typedNull + ", " + defaultValue + ")" : typedNull;
	}

	/**
	 * Returns the query that stands in for an unusable table.
	 * @param entity the entity that cannot be used
	 * @param table the table
	 * @return the query
	 */
	public static String unusableTable(String entity, String table) {
		return "select " + TABLE_MARKER + entity + ":" + table + "' as ratchet_unavailable";
	}

	/**
	 * Returns whether a statement reads or filters on a degraded column.
	 * @param sql the statement
	 * @return whether it does
	 */
	public static boolean usesDegradedColumn(String sql) {
		return sql.contains(COLUMN_MARKER);
	}

	/**
	 * Returns the unusable table a statement touches, if any.
	 * @param sql the statement
	 * @return the entity and table, or {@code null}
	 */
	public static UnusableTable unusableTableIn(String sql) {
		int start = sql.indexOf(TABLE_MARKER);
		if (start < 0) {
			return null;
		}
		start += TABLE_MARKER.length();
		int end = sql.indexOf('\'', start);
		String marker = sql.substring(start, (end > start) ? end : sql.length());
		int colon = marker.indexOf(':');
		return (colon > 0) ? new UnusableTable(marker.substring(0, colon), marker.substring(colon + 1))
				: new UnusableTable(marker, "");
	}

	/**
	 * Returns how a statement uses degraded columns: in its select list, elsewhere, or
	 * both. A statement the parser cannot read counts as {@link SqlUsage#SELECT}.
	 * @param sql the statement
	 * @return the usages, empty when it uses no degraded column
	 */
	public static Set<SqlUsage> usages(String sql) {
		if (!usesDegradedColumn(sql)) {
			return EnumSet.noneOf(SqlUsage.class);
		}
		try {
			Statement statement = CCJSqlParserUtil.parse(sql);
			Set<SqlUsage> usages = EnumSet.noneOf(SqlUsage.class);
			if (statement instanceof Select select) {
				addUsages(select, usages);
			}
			else {
				usages.add(SqlUsage.PREDICATE);
			}
			return usages;
		}
		catch (JSQLParserException ex) {
			return EnumSet.of(SqlUsage.SELECT);
		}
	}

	private static void addUsages(Select select, Set<SqlUsage> usages) {
		if (select.getWithItemsList() != null) {
			for (WithItem<?> item : select.getWithItemsList()) {
				if (item.getParenthesedStatement() instanceof ParenthesedSelect cte) {
					addUsages(cte.getSelect(), usages);
				}
				else if (marked(item)) {
					usages.add(SqlUsage.PREDICATE);
				}
			}
		}
		if (select instanceof PlainSelect plain) {
			addUsages(plain, usages);
		}
		else if (select instanceof SetOperationList operations) {
			operations.getSelects().forEach((each) -> addUsages(each, usages));
			if (marked(operations.getOrderByElements())) {
				usages.add(SqlUsage.PREDICATE);
			}
		}
		else if (select instanceof ParenthesedSelect parenthesed) {
			addUsages(parenthesed.getSelect(), usages);
		}
		else if (marked(select)) {
			usages.add(SqlUsage.SELECT);
		}
	}

	private static void addUsages(PlainSelect select, Set<SqlUsage> usages) {
		if (marked(select.getSelectItems())) {
			usages.add(SqlUsage.SELECT);
		}
		addUsages(select.getFromItem(), usages);
		if (select.getJoins() != null) {
			for (Join join : select.getJoins()) {
				addUsages(join.getFromItem(), usages);
				if (marked(join.getOnExpressions()) || marked(join.getUsingColumns())) {
					usages.add(SqlUsage.PREDICATE);
				}
			}
		}
		if (marked(select.getWhere()) || marked(select.getHaving()) || marked(select.getGroupBy())
				|| marked(select.getOrderByElements()) || marked(select.getQualify())) {
			usages.add(SqlUsage.PREDICATE);
		}
	}

	private static void addUsages(FromItem item, Set<SqlUsage> usages) {
		if (item instanceof ParenthesedSelect derived) {
			addUsages(derived.getSelect(), usages);
		}
		else if (marked(item)) {
			usages.add(SqlUsage.PREDICATE);
		}
	}

	private static boolean marked(Object part) {
		if (part instanceof List<?> list) {
			return list.stream().anyMatch(DegradedSql::marked);
		}
		return part != null && part.toString().contains(COLUMN_MARKER);
	}

	/**
	 * An unusable table named in a statement.
	 *
	 * @param entity the entity that cannot be used
	 * @param table the table
	 */
	public record UnusableTable(String entity, String table) {
	}

}
