package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Violation;
import dev.ratchet.lint.sql.ColumnType;
import dev.ratchet.lint.sql.DefaultExpressions;
import dev.ratchet.lint.sql.Dialects;
import dev.ratchet.lint.sql.SqlContext;
import dev.ratchet.lint.sql.TypeChanges;
import liquibase.change.AddColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.statement.DatabaseFunction;

/**
 * The typed Liquibase changes that lock an existing table while a scan, a rewrite or an index
 * build runs, on the databases where they do, judged as the SQL Liquibase renders for them:
 * {@code createIndex} and {@code dropIndex} (never concurrent), {@code addForeignKeyConstraint}
 * (unless {@code validate: false}), {@code addPrimaryKey} and {@code addUniqueConstraint}
 * (their index built under a lock; a clustered primary key also runs {@code CLUSTER}),
 * {@code addColumn} with an auto-increment, a computed or a volatile default, or with a unique,
 * primary key or foreign key constraint, {@code addNotNullConstraint} (a scan unless a
 * validated check keeps nulls out) and {@code modifyDataType} judged by what the type change
 * does.
 */
final class OnlineChangeRules {

	private OnlineChangeRules() {
	}

	static List<Violation> createIndex(CreateIndexChange change, SqlContext context) {
		if (!postgres(context)) {
			return List.of();
		}
		return ChangeRules.one(Rule.BLOCKING_INDEX, change, change.getTableName(), change.getTableName(),
				"creates index " + change.getIndexName() + " on " + change.getTableName()
						+ " without CONCURRENTLY (createIndex cannot build it concurrently)");
	}

	static List<Violation> dropIndex(DropIndexChange change, SqlContext context) {
		if (!postgres(context)) {
			return List.of();
		}
		return ChangeRules.one(Rule.BLOCKING_INDEX, change, change.getTableName(),
				(change.getTableName() != null) ? change.getTableName() : change.getIndexName(),
				"drops index " + change.getIndexName() + " without CONCURRENTLY");
	}

	static List<Violation> foreignKey(AddForeignKeyConstraintChange change, SqlContext context) {
		String table = change.getBaseTableName();
		if (postgres(context)) {
			return Boolean.FALSE.equals(change.getValidate()) ? List.of() : ChangeRules.one(Rule.VALIDATING_CONSTRAINT,
					change, table, table, "adds foreign key " + change.getConstraintName() + " to " + table
							+ ", which checks every row while " + table + " and " + change.getReferencedTableName()
							+ " are locked against writes (validate: false adds it NOT VALID)");
		}
		return mysql(context) ? ChangeRules.one(Rule.VALIDATING_CONSTRAINT, change, table, table, "adds foreign key "
				+ change.getConstraintName() + " to " + table + ", which MariaDB and MySQL add by copying the table")
				: List.of();
	}

	static List<Violation> primaryKey(AddPrimaryKeyChange change, SqlContext context) {
		if (!postgres(context)) {
			return List.of();
		}
		String table = change.getTableName();
		List<Violation> violations = new ArrayList<>(ChangeRules.one(Rule.VALIDATING_CONSTRAINT, change, table, table,
				"adds a primary key to " + table + ", which builds its index while the table is locked"));
		if (Boolean.TRUE.equals(change.getClustered()) && change.getConstraintName() != null) {
			violations.add(ChangeRules.violation(Rule.EXCLUSIVE_MAINTENANCE, change, table, null,
					"clusters " + table + " on its new primary key (clustered: true runs CLUSTER)"));
		}
		return violations;
	}

	static List<Violation> uniqueConstraint(AddUniqueConstraintChange change, SqlContext context) {
		if (!postgres(context) || change.getForIndexName() != null) {
			return List.of();
		}
		return ChangeRules.one(Rule.VALIDATING_CONSTRAINT, change, change.getTableName(), change.getTableName(),
				"adds a unique constraint to " + change.getTableName()
						+ ", which builds its index while the table is locked");
	}

	static List<Violation> addColumn(AddColumnChange change, SqlContext context) {
		List<Violation> violations = new ArrayList<>();
		String table = change.getTableName();
		for (AddColumnConfig column : change.getColumns()) {
			String why = rewrite(column, context);
			if (why != null) {
				violations.add(ChangeRules.violation(Rule.TABLE_REWRITE, change, table, column.getName(),
						"adds " + why + " to " + table + ", which writes every existing row"));
			}
			String constraint = postgres(context) ? inlineConstraint(column.getConstraints(), table) : null;
			if (constraint != null) {
				violations.add(ChangeRules.violation(Rule.VALIDATING_CONSTRAINT, change, table, column.getName(),
						"adds column " + column.getName() + " to " + table + " with " + constraint));
			}
		}
		return violations;
	}

	/**
	 * Making a column NOT NULL scans the table under a lock on PostgreSQL, unless a validated
	 * {@code CHECK (column IS NOT NULL)} lets it skip the scan.
	 */
	static List<Violation> addNotNull(AddNotNullConstraintChange change, Map<String, Boolean> checks,
			SqlContext context) {
		if (!postgres(context) || checks.containsValue(Boolean.TRUE)) {
			return List.of();
		}
		String column = change.getColumnName();
		String why = checks.isEmpty() ? " (no validated CHECK (" + column + " IS NOT NULL) lets PostgreSQL skip the scan)"
				: " because CHECK " + String.join(", ", checks.keySet()) + " is not validated yet";
		return List.of(ChangeRules.violation(Rule.VALIDATING_CONSTRAINT, change, change.getTableName(), column,
				"makes " + column + " NOT NULL, which scans every row under a lock" + why));
	}

	static List<Violation> modifyDataType(ModifyDataTypeChange change, SqlContext context) {
		String table = change.getTableName();
		String column = change.getColumnName();
		List<ColumnType> from = context.columnTypes(Identifiers.looseUnqualifiedKey(table),
				Identifiers.looseUnqualifiedKey(column));
		return TypeChanges.judge(column, from, change.getNewDataType(), false, context)
			.stream()
			.map((judged) -> ChangeRules.violation(judged.rule(), change, table, column, judged.message()))
			.toList();
	}

	private static String rewrite(AddColumnConfig column, SqlContext context) {
		boolean postgres = postgres(context);
		String name = column.getName();
		if (Boolean.TRUE.equals(column.isAutoIncrement()) && (postgres || mysql(context))) {
			return "an auto-increment column " + name;
		}
		if (!postgres) {
			return null;
		}
		if (column.getGenerationType() != null || Boolean.TRUE.equals(column.getComputed())) {
			return "a generated column " + name;
		}
		if (column.getDefaultValueSequenceNext() != null) {
			return "column " + name + " with a default from sequence " + column.getDefaultValueSequenceNext().getValue();
		}
		DatabaseFunction computed = column.getDefaultValueComputed();
		String call = (computed != null) ? DefaultExpressions.volatileCall(computed.getValue(), context) : null;
		return (call != null) ? "column " + name + " with the default " + DefaultExpressions.why(call, context) : null;
	}

	/**
	 * Describes the first constraint of an added column whose index or validation runs while
	 * the table is locked.
	 */
	private static String inlineConstraint(ConstraintsConfig constraints, String table) {
		if (constraints == null) {
			return null;
		}
		if (Boolean.TRUE.equals(constraints.isPrimaryKey()) || Boolean.TRUE.equals(constraints.isUnique())) {
			return "a " + (Boolean.TRUE.equals(constraints.isPrimaryKey()) ? "primary key" : "unique constraint")
					+ ", whose index is built while the table is locked";
		}
		String referenced = referencedTable(constraints);
		if (referenced != null && !Boolean.FALSE.equals(constraints.getValidateForeignKey())) {
			return "a foreign key to " + referenced + ", which checks every row while " + table + " and " + referenced
					+ " are locked against writes";
		}
		return null;
	}

	private static String referencedTable(ConstraintsConfig constraints) {
		if (constraints.getReferencedTableName() != null) {
			return constraints.getReferencedTableName();
		}
		String references = constraints.getReferences();
		if (references == null) {
			return null;
		}
		int open = references.indexOf('(');
		return ((open > 0) ? references.substring(0, open) : references).trim();
	}

	private static boolean postgres(SqlContext context) {
		return context.dialects().stream().anyMatch(Dialects::isPostgres);
	}

	private static boolean mysql(SqlContext context) {
		return context.dialects().stream().anyMatch(Dialects::isMySql);
	}

}
