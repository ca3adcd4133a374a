package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Violation;
import dev.ratchet.lint.sql.ConstantCondition;
import dev.ratchet.lint.sql.SqlContext;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddAutoIncrementChange;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddLookupTableChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.AlterSequenceChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateProcedureChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.DeleteDataChange;
import liquibase.change.core.DropAllForeignKeyConstraintsChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropProcedureChange;
import liquibase.change.core.DropSequenceChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropUniqueConstraintChange;
import liquibase.change.core.DropViewChange;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.core.InsertDataChange;
import liquibase.change.core.LoadDataChange;
import liquibase.change.core.LoadUpdateDataChange;
import liquibase.change.core.MergeColumnChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.OutputChange;
import liquibase.change.core.RawSQLChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameSequenceChange;
import liquibase.change.core.RenameTableChange;
import liquibase.change.core.RenameViewChange;
import liquibase.change.core.SQLFileChange;
import liquibase.change.core.SetColumnRemarksChange;
import liquibase.change.core.SetTableRemarksChange;
import liquibase.change.core.StopChange;
import liquibase.change.core.TagDatabaseChange;
import liquibase.change.core.UpdateDataChange;
import liquibase.change.custom.CustomChangeWrapper;

/**
 * The typed Liquibase changes that rules catch: one row per change type. The changes known
 * here (a row, or a type known to be harmless) are judged by their type; the SQL Liquibase
 * renders for them only adds what a {@code modifySql} changed. Any other change type is
 * judged by the SQL it renders to.
 */
final class ChangeRules {

	private static final Set<Class<?>> HARMLESS = Set.of(CreateTableChange.class, CreateViewChange.class,
			CreateSequenceChange.class, AlterSequenceChange.class, AddDefaultValueChange.class, AddAutoIncrementChange.class,
			AddLookupTableChange.class, InsertDataChange.class, LoadDataChange.class, TagDatabaseChange.class,
			OutputChange.class, EmptyChange.class, StopChange.class, SetTableRemarksChange.class,
			SetColumnRemarksChange.class, RawSQLChange.class, SQLFileChange.class, CreateProcedureChange.class);

	private final Map<Class<?>, BiFunction<Change, SqlContext, List<Violation>>> inspectors = new LinkedHashMap<>();

	ChangeRules() {
		on(DropTableChange.class, (c) -> one(Rule.DROP_TABLE, c, c.getTableName(), c.getTableName(),
				"drops table " + c.getTableName()));
		on(DropColumnChange.class, ChangeRules::dropColumn);
		on(MergeColumnChange.class, (c) -> List.of(
				violation(Rule.DROP_COLUMN, c, c.getTableName(), c.getColumn1Name(),
						"merges column " + c.getColumn1Name() + " into " + c.getFinalColumnName() + " and drops it"),
				violation(Rule.DROP_COLUMN, c, c.getTableName(), c.getColumn2Name(),
						"merges column " + c.getColumn2Name() + " into " + c.getFinalColumnName() + " and drops it")));
		on(RenameTableChange.class, (c) -> one(Rule.RENAME_TABLE, c, c.getOldTableName(), c.getOldTableName(),
				"renames table " + c.getOldTableName() + " to " + c.getNewTableName()));
		on(RenameColumnChange.class, (c) -> column(Rule.RENAME_COLUMN, c, c.getTableName(), c.getOldColumnName(),
				"renames column " + c.getOldColumnName() + " to " + c.getNewColumnName()));
		on(RenameViewChange.class, (c) -> one(Rule.RENAME_VIEW, c, c.getOldViewName(), c.getOldViewName(),
				"renames view " + c.getOldViewName() + " to " + c.getNewViewName()));
		on(RenameSequenceChange.class, (c) -> one(Rule.RENAME_VIEW, c, c.getOldSequenceName(),
				c.getOldSequenceName(), "renames sequence " + c.getOldSequenceName() + " to " + c.getNewSequenceName()));
		inContext(ModifyDataTypeChange.class, OnlineChangeRules::modifyDataType);
		inContext(AddNotNullConstraintChange.class, ChangeRules::addNotNull);
		inContext(AddColumnChange.class, (c, context) -> join(addColumn(c), OnlineChangeRules.addColumn(c, context)));
		on(DropDefaultValueChange.class, (c) -> column(Rule.DROP_DEFAULT_VALUE, c, c.getTableName(),
				c.getColumnName(), "drops the default value of " + c.getColumnName()));
		on(DropPrimaryKeyChange.class, (c) -> one(Rule.DROP_PRIMARY_KEY, c, c.getTableName(), c.getTableName(),
				"drops the primary key of " + c.getTableName()));
		on(DropViewChange.class, (c) -> one(Rule.DROP_VIEW, c, c.getViewName(), c.getViewName(),
				"drops view " + c.getViewName()));
		on(DropProcedureChange.class, (c) -> one(Rule.DROP_ROUTINE, c, null, c.getProcedureName(),
				"drops procedure " + c.getProcedureName()));
		on(DropSequenceChange.class, (c) -> one(Rule.DROP_SEQUENCE, c, c.getSequenceName(), c.getSequenceName(),
				"drops sequence " + c.getSequenceName()));
		on(DeleteDataChange.class, (c) -> ConstantCondition.isAlwaysTrue(c.getWhere(), c.getTableName())
				? one(Rule.DELETE_WITHOUT_WHERE, c, c.getTableName(), c.getTableName(),
						"deletes every row of " + c.getTableName())
				: List.of());
		inContext(UpdateDataChange.class, ChangeRules::update);
		on(LoadUpdateDataChange.class, (c) -> one(Rule.OVERWRITE_COLUMN, c, c.getTableName(), c.getTableName(),
				"overwrites the rows of " + c.getTableName() + " whose " + c.getPrimaryKey() + " appear in "
						+ c.getFile()));
		on(CustomChangeWrapper.class, (c) -> one(Rule.CUSTOM_CHANGE, c, null, c.getClassName(),
				"runs custom change " + c.getClassName()));
		on(UnresolvedChange.class, (c) -> one(Rule.CUSTOM_CHANGE, c, c.tableName(),
				(c.tableName() != null) ? c.tableName() : c.changeType(),
				"uses change type " + c.changeType() + ", whose class is not on the classpath, so its SQL cannot be read"));
		on(ExecuteShellCommandChange.class, (c) -> one(Rule.CUSTOM_CHANGE, c, null, c.getExecutable(),
				"runs the shell command " + c.getExecutable()));
		on(DropNotNullConstraintChange.class, (c) -> column(Rule.DROP_NOT_NULL, c, c.getTableName(),
				c.getColumnName(), "drops the NOT NULL constraint of " + c.getColumnName()));
		on(DropForeignKeyConstraintChange.class, (c) -> one(Rule.DROP_FOREIGN_KEY, c, c.getBaseTableName(),
				c.getBaseTableName(), "drops foreign key " + c.getConstraintName()));
		on(DropAllForeignKeyConstraintsChange.class, (c) -> one(Rule.DROP_FOREIGN_KEY, c, c.getBaseTableName(),
				c.getBaseTableName(), "drops every foreign key of " + c.getBaseTableName()));
		on(DropUniqueConstraintChange.class, (c) -> one(Rule.DROP_UNIQUE_CONSTRAINT, c, c.getTableName(),
				c.getTableName(), "drops unique constraint " + c.getConstraintName()));
		inContext(DropIndexChange.class, (c, context) -> join(one(Rule.DROP_INDEX, c, c.getTableName(),
				(c.getTableName() != null) ? c.getTableName() : c.getIndexName(), "drops index " + c.getIndexName()),
				OnlineChangeRules.dropIndex(c, context)));
		inContext(AddUniqueConstraintChange.class, (c, context) -> join(column(Rule.ADD_UNIQUE_CONSTRAINT, c,
				c.getTableName(), c.getColumnNames(), "adds a unique constraint on " + c.getColumnNames()),
				OnlineChangeRules.uniqueConstraint(c, context)));
		inContext(CreateIndexChange.class, (c, context) -> join(Boolean.TRUE.equals(c.isUnique())
				? column(Rule.ADD_UNIQUE_CONSTRAINT, c, c.getTableName(), columnNames(c.getColumns()),
						"creates unique index " + c.getIndexName())
				: List.of(), OnlineChangeRules.createIndex(c, context)));
		inContext(AddForeignKeyConstraintChange.class, OnlineChangeRules::foreignKey);
		inContext(AddPrimaryKeyChange.class, OnlineChangeRules::primaryKey);
	}

	@SuppressWarnings("unchecked")
	private <C extends Change> void on(Class<C> type, ChangeInspector<C> inspector) {
		this.inspectors.put(type, (change, context) -> inspector.inspect((C) change));
	}

	@SuppressWarnings("unchecked")
	private <C extends Change> void inContext(Class<C> type, BiFunction<C, SqlContext, List<Violation>> inspector) {
		this.inspectors.put(type, (change, context) -> inspector.apply((C) change, context));
	}

	/**
	 * Inspects a typed change.
	 * @param change the change
	 * @param context the columns created earlier in the run
	 * @return the violations of the rule row of its type or nearest supertype
	 */
	List<Violation> inspect(Change change, SqlContext context) {
		for (Class<?> type = change.getClass(); type != null; type = type.getSuperclass()) {
			BiFunction<Change, SqlContext, List<Violation>> inspector = this.inspectors.get(type);
			if (inspector != null) {
				return inspector.apply(change, context);
			}
		}
		return List.of();
	}

	/**
	 * Returns whether the change's own type is known: it has a rule row or is harmless, so
	 * the SQL Liquibase renders for it means what its type says.
	 * @param change the change
	 * @return whether its type is known
	 */
	boolean knows(Change change) {
		return this.inspectors.containsKey(change.getClass()) || HARMLESS.contains(change.getClass());
	}

	/**
	 * Making a column NOT NULL breaks code that writes null, unless a {@code CHECK (column IS
	 * NOT NULL)} already keeps nulls out; then it scans the table under a lock unless that
	 * constraint is validated.
	 */
	private static List<Violation> addNotNull(AddNotNullConstraintChange change, SqlContext context) {
		String table = change.getTableName();
		String column = change.getColumnName();
		String tableKey = Identifiers.looseUnqualifiedKey(table);
		String columnKey = Identifiers.looseUnqualifiedKey(column);
		if (table != null && column != null && Boolean.TRUE.equals(context.notNull(tableKey, columnKey))) {
			return List.of();
		}
		Map<String, Boolean> checks = (table != null && column != null) ? context.notNullChecks(tableKey, columnKey)
				: Map.of();
		List<Violation> scan = OnlineChangeRules.addNotNull(change, checks, context);
		if (checks.isEmpty()) {
			return join(column(Rule.ADD_NOT_NULL_CONSTRAINT, change, table, column, "makes " + column + " NOT NULL"),
					scan);
		}
		return checks.containsValue(Boolean.TRUE) || !scan.isEmpty() ? scan : column(Rule.VALIDATING_CONSTRAINT,
				change, table, column, "makes " + column + " NOT NULL, which scans every row under a lock because CHECK "
						+ String.join(", ", checks.keySet()) + " is not validated yet");
	}

	private static List<Violation> update(UpdateDataChange change, SqlContext context) {
		String table = change.getTableName();
		if (!ConstantCondition.isAlwaysTrue(change.getWhere(), table)) {
			return List.of();
		}
		List<Violation> violations = new ArrayList<>();
		boolean backfill = false;
		for (ColumnConfig column : change.getColumns()) {
			if (context.isNewColumn(Identifiers.looseUnqualifiedKey(table),
					Identifiers.looseUnqualifiedKey(column.getName()))) {
				backfill = true;
			}
			else {
				violations.add(violation(Rule.OVERWRITE_COLUMN, change, table, column.getName(),
						"overwrites column " + column.getName() + " in every row of " + table));
			}
		}
		if (backfill) {
			violations.add(new Violation(Rule.UPDATE_WITHOUT_WHERE, change.getSerializedObjectName(), table, table,
					"updates every row of " + table));
		}
		return violations;
	}

	private static List<Violation> dropColumn(DropColumnChange change) {
		List<Violation> violations = new ArrayList<>();
		if (change.getColumnName() != null) {
			violations.add(violation(Rule.DROP_COLUMN, change, change.getTableName(), change.getColumnName(),
					"drops column " + change.getColumnName()));
		}
		for (ColumnConfig column : change.getColumns()) {
			violations.add(violation(Rule.DROP_COLUMN, change, change.getTableName(), column.getName(),
					"drops column " + column.getName()));
		}
		return violations;
	}

	private static List<Violation> addColumn(AddColumnChange change) {
		List<Violation> violations = new ArrayList<>();
		for (AddColumnConfig column : change.getColumns()) {
			if (isRequiredWithoutDefault(column)) {
				violations.add(violation(Rule.ADD_REQUIRED_COLUMN, change, change.getTableName(), column.getName(),
						"adds column " + column.getName() + " NOT NULL without a default"));
			}
		}
		return violations;
	}

	private static boolean isRequiredWithoutDefault(ColumnConfig column) {
		ConstraintsConfig constraints = column.getConstraints();
		if (constraints == null) {
			return false;
		}
		boolean required = Boolean.FALSE.equals(constraints.isNullable())
				|| Boolean.TRUE.equals(constraints.isPrimaryKey());
		return required && !column.hasDefaultValue() && !Boolean.TRUE.equals(column.isAutoIncrement());
	}

	private static List<Violation> join(List<Violation> first, List<Violation> second) {
		if (second.isEmpty()) {
			return first;
		}
		List<Violation> both = new ArrayList<>(first);
		both.addAll(second);
		return both;
	}

	private static String columnNames(List<? extends ColumnConfig> columns) {
		return String.join(",", columns.stream().map(ColumnConfig::getName).toList());
	}

	static List<Violation> one(Rule rule, Change change, String table, String target, String message) {
		return List.of(new Violation(rule, change.getSerializedObjectName(), table, target, message));
	}

	private static List<Violation> column(Rule rule, Change change, String table, String column, String message) {
		return List.of(violation(rule, change, table, column, message));
	}

	/**
	 * Returns a violation on {@code table.column}, or on the table when no column is named.
	 */
	static Violation violation(Rule rule, Change change, String table, String column, String message) {
		String target = (table == null) ? column : (column != null) ? table + "." + column : table;
		return new Violation(rule, change.getSerializedObjectName(), table, target, message);
	}

}
