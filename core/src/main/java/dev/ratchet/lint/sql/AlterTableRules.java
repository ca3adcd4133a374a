package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ratchet.lint.Rule;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterExpression.ColumnDataType;
import net.sf.jsqlparser.statement.alter.AlterExpression.ColumnDropDefault;
import net.sf.jsqlparser.statement.alter.AlterExpression.ColumnDropNotNull;
import net.sf.jsqlparser.statement.alter.AlterExpression.ColumnSetNotNull;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.alter.IdentityAlteration;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * {@code ALTER TABLE}: each action of a (possibly multi-action) statement on its own. An
 * action JSqlParser only captured as text fails closed like unparsed SQL, unless it is
 * {@code VALIDATE CONSTRAINT}.
 */
final class AlterTableRules {

	private AlterTableRules() {
	}

	/**
	 * Records what each action of an {@code ALTER TABLE} statement does.
	 */
	static void inspect(Alter alter, Findings findings) {
		String table = Names.of(alter.getTable());
		AlterExpression previous = null;
		for (AlterExpression action : alter.getAlterExpressions()) {
			inspect(table, action, previous, findings);
			previous = action;
		}
	}

	private static void inspect(String table, AlterExpression action, AlterExpression previous, Findings findings) {
		switch (action.getOperation()) {
			case ADD -> added(table, action, findings);
			case ALTER -> altered(table, action, findings);
			case MODIFY -> each(action.getColDataTypeList()).forEach((column) -> modified(table, column, findings));
			case CHANGE -> changed(table, action, findings);
			case DROP -> dropped(table, action, findings);
			case DROP_PRIMARY_KEY -> findings.table(Rule.DROP_PRIMARY_KEY, table, "drops the primary key of " + table);
			case DROP_FOREIGN_KEY -> findings.table(Rule.DROP_FOREIGN_KEY, table,
					"drops foreign key " + names(action.getPkColumns()));
			case DROP_UNIQUE -> findings.table(Rule.DROP_UNIQUE_CONSTRAINT, table,
					"drops the unique constraint on " + names(action.getPkColumns()));
			case RENAME -> findings.column(Rule.RENAME_COLUMN, table, Names.of(action.getColumnOldName()),
					"renames column " + Names.of(action.getColumnOldName()) + " to " + Names.of(action.getColumnName()));
			case RENAME_TABLE -> findings.table(Rule.RENAME_TABLE, table,
					"renames table " + table + " to " + Names.of(action.getNewTableName()));
			case DROP_PARTITION -> findings.table(Rule.DROP_TABLE, table,
					"drops partition " + names(action.getPartitions()) + " of " + table);
			case TRUNCATE_PARTITION -> findings.table(Rule.TRUNCATE_TABLE, table,
					"truncates partition " + names(action.getPartitions()) + " of " + table);
			case CONVERT -> converted(table, action, findings);
			case UNSPECIFIC -> unspecific(table, action, previous, findings);
			default -> {
			}
		}
	}

	private static void added(String table, AlterExpression action, Findings findings) {
		for (ColumnDataType column : each(action.getColDataTypeList())) {
			findings.createdColumn(table, Names.of(column.getColumnName()));
			findings.columnType(table, Names.of(column.getColumnName()), ColumnType.parse(ColumnDefinitions.type(column)));
			if (ColumnDefinitions.isRequiredWithoutDefault(column)) {
				String name = Names.of(column.getColumnName());
				findings.column(Rule.ADD_REQUIRED_COLUMN, table, name,
						"adds column " + name + " NOT NULL without a default");
			}
		}
		Index index = action.getIndex();
		if (action.getUkColumns() != null || isUnique(index)) {
			String columns = names((action.getUkColumns() != null) ? action.getUkColumns() : index.getColumnsNames());
			findings.column(Rule.ADD_UNIQUE_CONSTRAINT, table, columns, "adds a unique constraint on " + columns);
		}
	}

	private static boolean isUnique(Index index) {
		return index != null && index.getType() != null && index.getType().toUpperCase(Locale.ROOT).contains("UNIQUE");
	}

	private static void altered(String table, AlterExpression action, Findings findings) {
		for (ColumnDataType column : each(action.getColDataTypeList())) {
			String name = Names.of(column.getColumnName());
			if (each(column.getIdentityAlterations()).stream()
				.anyMatch((identity) -> identity.getKind() == IdentityAlteration.Kind.DROP)) {
				findings.column(Rule.DROP_DEFAULT_VALUE, table, name,
						"drops the identity (generated default) of " + name);
			}
			else if (ColumnDefinitions.isSetNull(column)) {
				findings.column(Rule.DROP_NOT_NULL, table, name, "drops the NOT NULL constraint of " + name);
			}
			else if (ColumnDefinitions.isTypeChange(column)) {
				modified(table, column, findings);
			}
		}
		for (ColumnSetNotNull column : each(action.getColumnSetNotNullList())) {
			setNotNull(table, Names.of(column.getColumnName()), findings);
		}
		for (ColumnDropNotNull column : each(action.getColumnDropNotNullList())) {
			String name = Names.of(column.getColumnName());
			findings.column(Rule.DROP_NOT_NULL, table, name, "drops the NOT NULL constraint of " + name);
		}
		for (ColumnDropDefault column : each(action.getColumnDropDefaultList())) {
			String name = Names.of(column.getColumnName());
			findings.column(Rule.DROP_DEFAULT_VALUE, table, name, "drops the default value of " + name);
		}
	}

	/**
	 * {@code SET NOT NULL} breaks code that writes null unless a {@code CHECK (column IS NOT
	 * NULL)} already keeps nulls out; then it scans the table under a lock unless that
	 * constraint is validated.
	 */
	private static void setNotNull(String table, String name, Findings findings) {
		Map<String, Boolean> checks = findings.notNullChecks(table, name);
		if (checks.isEmpty()) {
			findings.column(Rule.ADD_NOT_NULL_CONSTRAINT, table, name, "makes " + name + " NOT NULL");
		}
		else if (!checks.containsValue(Boolean.TRUE)) {
			findings.column(Rule.VALIDATING_CONSTRAINT, table, name, "makes " + name + " NOT NULL, which scans every "
					+ "row under a lock because CHECK " + String.join(", ", checks.keySet()) + " is not validated yet");
		}
	}

	private static void modified(String table, ColumnDataType column, Findings findings) {
		String name = Names.of(column.getColumnName());
		ColumnType from = findings.columnType(table, name);
		ColumnType to = ColumnType.parse(ColumnDefinitions.type(column));
		TypeChanges.judge(table, name, from, to, findings);
		findings.columnType(table, name, to);
		if (ColumnDefinitions.isNotNull(column)) {
			findings.column(Rule.ADD_NOT_NULL_CONSTRAINT, table, name, "makes " + name + " NOT NULL");
		}
	}

	private static void changed(String table, AlterExpression action, Findings findings) {
		String old = Names.of(action.getColumnOldName());
		for (ColumnDataType column : each(action.getColDataTypeList())) {
			String name = Names.of(column.getColumnName());
			if (name.equals(old)) {
				modified(table, column, findings);
			}
			else {
				findings.column(Rule.RENAME_COLUMN, table, old, "renames column " + old + " to " + name);
			}
		}
	}

	private static void dropped(String table, AlterExpression action, Findings findings) {
		if (action.getConstraintName() != null) {
			ConstraintNames.dropped(table, action.getConstraintName(), findings);
		}
		else if (action.getIndex() != null) {
			String index = Names.of(action.getIndex().getName());
			findings.column(Rule.DROP_INDEX, table, index, "drops index " + index);
		}
		else if (action.getPkColumns() != null) {
			action.getPkColumns().forEach((column) -> droppedColumn(table, column, findings));
		}
		else if (action.getColumnName() != null) {
			droppedColumn(table, action.getColumnName(), findings);
		}
	}

	private static void droppedColumn(String table, String column, Findings findings) {
		String name = Names.of(column);
		findings.column(Rule.DROP_COLUMN, table, name, "drops column " + name);
	}

	private static void converted(String table, AlterExpression action, Findings findings) {
		if (action.getConvertType() == AlterExpression.ConvertType.CONVERT_TO) {
			findings.table(Rule.MODIFY_DATA_TYPE, table,
					"converts every text column of " + table + " to character set " + action.getCharacterSet());
		}
	}

	/**
	 * An action JSqlParser captured as text: more columns of H2's {@code DROP COLUMN a, b},
	 * or an action it cannot read, scanned for destructive keywords.
	 */
	private static void unspecific(String table, AlterExpression action, AlterExpression previous, Findings findings) {
		List<SqlToken> tokens = SqlLexer.tokenize(action.getOptionalSpecifier());
		boolean droppingColumns = previous != null && previous.getOperation() == AlterOperation.DROP
				&& previous.getColumnName() != null;
		if (droppingColumns && isNameList(tokens)) {
			tokens.stream().filter(SqlToken::isName).forEach((column) -> droppedColumn(table, column.text(), findings));
			return;
		}
		if (isValidateConstraint(tokens)) {
			return;
		}
		String keyword = DestructiveKeywords.inAlterTableAction(tokens);
		String alters = "alters table " + table + " in a way that could not be parsed";
		if (keyword != null) {
			findings.table(Rule.UNPARSED_SQL, table,
					alters + " and contains " + keyword + ": " + SqlStatement.text(tokens));
		}
		else {
			findings.table(Rule.UNPARSED_SQL_OPAQUE, table, alters + ": " + SqlStatement.text(tokens));
		}
	}

	/**
	 * PostgreSQL's {@code VALIDATE CONSTRAINT c}, which checks existing rows against a
	 * constraint added {@code NOT VALID} and changes nothing.
	 */
	private static boolean isValidateConstraint(List<SqlToken> tokens) {
		return tokens.size() == 3 && tokens.get(0).is("VALIDATE") && tokens.get(1).is("CONSTRAINT")
				&& tokens.get(2).isName();
	}

	private static boolean isNameList(List<SqlToken> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			boolean expected = (i % 2 == 0) ? tokens.get(i).isName() : tokens.get(i).isSymbol(",");
			if (!expected) {
				return false;
			}
		}
		return tokens.size() % 2 == 1;
	}

	private static String names(List<String> names) {
		return String.join(",", (names != null) ? names.stream().map(Names::of).toList() : List.of());
	}

	private static <T> List<T> each(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
