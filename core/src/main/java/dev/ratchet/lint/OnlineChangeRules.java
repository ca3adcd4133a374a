package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.List;

import dev.ratchet.lint.sql.ColumnType;
import dev.ratchet.lint.sql.Dialects;
import dev.ratchet.lint.sql.SqlContext;
import dev.ratchet.lint.sql.TypeChanges;
import dev.ratchet.lint.sql.VolatileFunctions;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.statement.DatabaseFunction;

/**
 * The typed Liquibase changes that lock an existing table while a scan, a rewrite or an index
 * build runs, on the databases where they do: {@code createIndex} and {@code dropIndex} (never
 * concurrent), {@code addForeignKeyConstraint}, {@code addPrimaryKey} and
 * {@code addUniqueConstraint} (validated under a lock), {@code addColumn} with an
 * auto-increment, a computed or a volatile default, and {@code modifyDataType} judged by what
 * the type change does.
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

	static List<Violation> constraint(Change change, String table, String what, SqlContext context,
			boolean foreignKey) {
		boolean locks = postgres(context) || (foreignKey && mysql(context));
		if (!locks) {
			return List.of();
		}
		return ChangeRules.one(Rule.VALIDATING_CONSTRAINT, change, table, table, "adds " + what + " to " + table
				+ ((foreignKey && !postgres(context)) ? ", which MariaDB and MySQL add by copying the table"
						: ", which checks or indexes every row under a lock"));
	}

	static List<Violation> addColumn(AddColumnChange change, SqlContext context) {
		List<Violation> violations = new ArrayList<>();
		for (AddColumnConfig column : change.getColumns()) {
			String why = rewrite(column, context);
			if (why != null) {
				violations.add(ChangeRules.violation(Rule.TABLE_REWRITE, change, change.getTableName(), column.getName(),
						"adds " + why + " " + column.getName() + " to " + change.getTableName()
								+ ", which writes every existing row"));
			}
		}
		return violations;
	}

	static List<Violation> modifyDataType(ModifyDataTypeChange change, SqlContext context) {
		String table = change.getTableName();
		String column = change.getColumnName();
		ColumnType from = context.columnType(Targets.key(table), Targets.key(column));
		ColumnType to = ColumnType.parse(change.getNewDataType());
		String message = "changes the type of " + column + ((from != null) ? " from " + from : "") + " to "
				+ change.getNewDataType();
		return switch (TypeChanges.of(context.dialects(), from, to)) {
			case IN_PLACE -> List.of();
			case REWRITE -> List.of(ChangeRules.violation(Rule.TABLE_REWRITE, change, table, column,
					message + ", which rewrites every row"));
			case INCOMPATIBLE -> List.of(ChangeRules.violation(Rule.MODIFY_DATA_TYPE, change, table, column, message));
		};
	}

	private static String rewrite(AddColumnConfig column, SqlContext context) {
		boolean postgres = postgres(context);
		if (Boolean.TRUE.equals(column.isAutoIncrement()) && (postgres || mysql(context))) {
			return "an auto-increment column";
		}
		if (!postgres) {
			return null;
		}
		if (column.getGenerationType() != null || Boolean.TRUE.equals(column.getComputed())) {
			return "a generated column";
		}
		DatabaseFunction computed = column.getDefaultValueComputed();
		if (computed != null && VolatileFunctions.calledIn(computed.getValue())) {
			return "a column with a volatile default";
		}
		return (column.getDefaultValueSequenceNext() != null) ? "a column with a sequence default" : null;
	}

	private static boolean postgres(SqlContext context) {
		return context.dialects().stream().anyMatch(Dialects::isPostgres);
	}

	private static boolean mysql(SqlContext context) {
		return context.dialects().stream().anyMatch(Dialects::isMySql);
	}

}
