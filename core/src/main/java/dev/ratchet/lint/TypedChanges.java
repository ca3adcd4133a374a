package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.sql.ConstraintKind;
import dev.ratchet.lint.sql.ConstraintKinds;
import dev.ratchet.lint.sql.SchemaFacts;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropUniqueConstraintChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameColumnChange;

/**
 * What typed Liquibase changes leave that later changes are judged by: the constraints they
 * create, with their kinds, the columns they make NOT NULL, the indexes they create, and the
 * tables they lock against writes until their changeset commits (every DDL change on an
 * existing table does on PostgreSQL).
 */
final class TypedChanges {

	private static final Map<Class<?>, Function<Change, List<String>>> LOCKED = new HashMap<>();

	static {
		LOCKED.put(AddForeignKeyConstraintChange.class, (change) -> Arrays.asList(
				((AddForeignKeyConstraintChange) change).getBaseTableName(),
				((AddForeignKeyConstraintChange) change).getReferencedTableName()));
		locks(AddColumnChange.class, AddColumnChange::getTableName);
		locks(AddNotNullConstraintChange.class, AddNotNullConstraintChange::getTableName);
		locks(AddPrimaryKeyChange.class, AddPrimaryKeyChange::getTableName);
		locks(AddUniqueConstraintChange.class, AddUniqueConstraintChange::getTableName);
		locks(CreateIndexChange.class, CreateIndexChange::getTableName);
		locks(ModifyDataTypeChange.class, ModifyDataTypeChange::getTableName);
		locks(DropColumnChange.class, DropColumnChange::getTableName);
		locks(RenameColumnChange.class, RenameColumnChange::getTableName);
		locks(DropNotNullConstraintChange.class, DropNotNullConstraintChange::getTableName);
		locks(AddDefaultValueChange.class, AddDefaultValueChange::getTableName);
		locks(DropDefaultValueChange.class, DropDefaultValueChange::getTableName);
		locks(DropForeignKeyConstraintChange.class, DropForeignKeyConstraintChange::getBaseTableName);
		locks(DropPrimaryKeyChange.class, DropPrimaryKeyChange::getTableName);
		locks(DropUniqueConstraintChange.class, DropUniqueConstraintChange::getTableName);
	}

	private TypedChanges() {
	}

	/**
	 * Records what a change tells about the schema: the constraints it creates, the columns
	 * it makes NOT NULL or nullable, and the columns of the indexes it creates.
	 * @param change the change
	 * @param facts where to record it
	 */
	static void record(Change change, SchemaFacts facts) {
		constraints(change, facts.constraints());
		if (change instanceof AddNotNullConstraintChange add) {
			facts.notNull(key(add.getTableName()), key(add.getColumnName()), true);
		}
		else if (change instanceof DropNotNullConstraintChange drop) {
			facts.notNull(key(drop.getTableName()), key(drop.getColumnName()), false);
		}
		else if (change instanceof AddPrimaryKeyChange add) {
			columns(add.getColumnNames()).forEach((column) -> facts.notNull(key(add.getTableName()), column, true));
		}
		else if (change instanceof CreateTableChange create) {
			nullability(create.getTableName(), create.getColumns(), facts);
		}
		else if (change instanceof AddColumnChange add) {
			nullability(add.getTableName(), add.getColumns(), facts);
		}
		else if (change instanceof CreateIndexChange create) {
			facts.index(create.getIndexName(), create.getTableName(),
					create.getColumns().stream().map((column) -> key(column.getName())).toList());
		}
	}

	private static void nullability(String table, List<? extends ColumnConfig> columns, SchemaFacts facts) {
		for (ColumnConfig column : columns) {
			ConstraintsConfig constraints = column.getConstraints();
			boolean required = Boolean.TRUE.equals(column.isAutoIncrement()) || (constraints != null
					&& (Boolean.FALSE.equals(constraints.isNullable()) || Boolean.TRUE.equals(constraints.isPrimaryKey())));
			facts.notNull(key(table), key(column.getName()), required);
		}
	}

	private static void constraints(Change change, ConstraintKinds constraints) {
		if (change instanceof AddForeignKeyConstraintChange add) {
			constraints.add(key(add.getBaseTableName()), key(add.getConstraintName()), ConstraintKind.FOREIGN_KEY,
					columns(add.getBaseColumnNames()));
		}
		else if (change instanceof AddPrimaryKeyChange add) {
			constraints.add(key(add.getTableName()), key(add.getConstraintName()), ConstraintKind.PRIMARY_KEY,
					columns(add.getColumnNames()));
		}
		else if (change instanceof AddUniqueConstraintChange add) {
			constraints.add(key(add.getTableName()), key(add.getConstraintName()), ConstraintKind.UNIQUE,
					columns(add.getColumnNames()));
		}
		else if (change instanceof CreateTableChange create) {
			columnConstraints(create.getTableName(), create.getColumns(), constraints);
		}
		else if (change instanceof AddColumnChange add) {
			columnConstraints(add.getTableName(), add.getColumns(), constraints);
		}
	}

	/**
	 * Returns the tables a change locks against writes on PostgreSQL.
	 * @param change the change
	 * @return the tables, as written
	 */
	static List<String> lockedTables(Change change) {
		Function<Change, List<String>> tables = LOCKED.get(change.getClass());
		List<String> locked = new ArrayList<>((tables != null) ? tables.apply(change) : List.of());
		locked.removeIf((table) -> table == null);
		return locked;
	}

	private static <C extends Change> void locks(Class<C> type, Function<C, String> table) {
		LOCKED.put(type, (change) -> Collections.singletonList(table.apply(type.cast(change))));
	}

	private static void columnConstraints(String table, List<? extends ColumnConfig> columns,
			ConstraintKinds constraints) {
		String tableKey = key(table);
		for (ColumnConfig column : columns) {
			ConstraintsConfig config = column.getConstraints();
			if (config == null) {
				continue;
			}
			List<String> names = List.of(key(column.getName()));
			if (Boolean.TRUE.equals(config.isPrimaryKey())) {
				constraints.add(tableKey, key(config.getPrimaryKeyName()), ConstraintKind.PRIMARY_KEY, names);
			}
			if (Boolean.TRUE.equals(config.isUnique())) {
				constraints.add(tableKey, key(config.getUniqueConstraintName()), ConstraintKind.UNIQUE, names);
			}
			if (config.getReferences() != null || config.getReferencedTableName() != null) {
				constraints.add(tableKey, key(config.getForeignKeyName()), ConstraintKind.FOREIGN_KEY, names);
			}
			if (config.getCheckConstraint() != null && !(column instanceof AddColumnConfig)) {
				constraints.add(tableKey, null, ConstraintKind.CHECK, names);
			}
		}
	}

	private static List<String> columns(String names) {
		List<String> columns = new ArrayList<>();
		if (names != null) {
			for (String name : names.split(",")) {
				columns.add(key(name));
			}
		}
		return columns;
	}

	private static String key(String name) {
		return Identifiers.looseUnqualifiedKey(name);
	}

}
