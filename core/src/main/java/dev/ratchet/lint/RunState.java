package dev.ratchet.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.ratchet.lint.sql.ColumnType;
import dev.ratchet.lint.sql.NotNullChecks;
import dev.ratchet.lint.sql.Routine;
import dev.ratchet.lint.sql.SqlClassification;
import dev.ratchet.lint.sql.SqlContext;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.MergeColumnChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameTableChange;

/**
 * What the changesets linted so far have left: tables, views and sequences they created
 * (no deployed code can depend on them, so changes to them are exempt), columns they added
 * (writing every row of one is a backfill), the types columns have and the
 * {@code CHECK (column IS NOT NULL)} constraints on them (from the changesets, else from the
 * database), and the functions and procedures they created, with what their bodies do.
 */
final class RunState implements SqlContext {

	private final Set<String> created = new HashSet<>();

	private final Set<String> newColumns = new HashSet<>();

	private final Map<String, Routine> routines;

	private final Map<String, ColumnType> columnTypes;

	private final NotNullChecks notNullChecks;

	private final Set<String> dialects;

	private final TableCatalog tables;

	private String origin = "created in this run";

	RunState() {
		this(Set.of(), TableCatalog.none());
	}

	RunState(Set<String> dialects, TableCatalog tables) {
		this(new HashMap<>(), new HashMap<>(), new NotNullChecks(), dialects, tables);
	}

	private RunState(Map<String, Routine> routines, Map<String, ColumnType> columnTypes, NotNullChecks notNullChecks,
			Set<String> dialects, TableCatalog tables) {
		this.routines = routines;
		this.columnTypes = columnTypes;
		this.notNullChecks = notNullChecks;
		this.dialects = Set.copyOf(dialects);
		this.tables = tables;
	}

	/**
	 * Returns a state of its own for created objects and columns that shares this state's
	 * routines and column types: what released changesets create is not exempt, but their
	 * routines and the types of their columns are known.
	 */
	RunState sharingSchema() {
		return new RunState(this.routines, this.columnTypes, this.notNullChecks, this.dialects, this.tables);
	}

	/**
	 * Starts a changeset: routines it creates are said to come from it.
	 */
	void enter(ChangeSetId changeSet) {
		this.origin = "created in changeset " + changeSet;
	}

	/**
	 * Forgets the objects and columns created so far, as static lint does between
	 * changesets; routines stay, since they exist either way.
	 */
	void forgetCreated() {
		this.created.clear();
		this.newColumns.clear();
	}

	/**
	 * Records what a typed change creates.
	 */
	void record(Change change) {
		if (change instanceof CreateTableChange create) {
			add(create.getTableName());
			create.getColumns().forEach((column) -> type(create.getTableName(), column.getName(), column.getType()));
		}
		else if (change instanceof CreateViewChange create) {
			add(create.getViewName());
		}
		else if (change instanceof CreateSequenceChange create) {
			add(create.getSequenceName());
		}
		else if (change instanceof RenameTableChange rename && isCreated(rename.getOldTableName())) {
			add(rename.getNewTableName());
		}
		else if (change instanceof AddColumnChange add) {
			for (AddColumnConfig column : add.getColumns()) {
				addColumn(add.getTableName(), column.getName());
				type(add.getTableName(), column.getName(), column.getType());
			}
		}
		else if (change instanceof ModifyDataTypeChange modify) {
			type(modify.getTableName(), modify.getColumnName(), modify.getNewDataType());
		}
		else if (change instanceof MergeColumnChange merge) {
			addColumn(merge.getTableName(), merge.getFinalColumnName());
		}
	}

	/**
	 * Records what SQL creates.
	 */
	void record(SqlClassification classification) {
		classification.created().forEach(this::add);
		this.newColumns.addAll(classification.createdColumns());
		this.columnTypes.putAll(classification.columnTypes());
		this.notNullChecks.addAll(classification.notNullChecks());
		classification.routines().forEach(this::define);
	}

	/**
	 * Records a routine, replacing one of the same name.
	 */
	void define(Routine routine) {
		this.routines.put(routine.name(), routine);
	}

	/**
	 * Records that a table, view or sequence was created.
	 */
	void add(String name) {
		if (name != null) {
			this.created.add(Targets.key(name));
		}
	}

	private void type(String table, String column, String type) {
		ColumnType parsed = ColumnType.parse(type);
		if (table != null && column != null && parsed != null) {
			this.columnTypes.put(Targets.key(table) + "." + Targets.key(column), parsed);
		}
	}

	private void addColumn(String table, String column) {
		if (table != null && column != null) {
			this.newColumns.add(Targets.key(table) + "." + Targets.key(column));
		}
	}

	/**
	 * Returns whether a table, view or sequence was created so far.
	 */
	boolean isCreated(String name) {
		return name != null && this.created.contains(Targets.key(name));
	}

	@Override
	public Routine routine(String name) {
		return this.routines.get(name.toLowerCase(Locale.ROOT));
	}

	@Override
	public boolean isNewColumn(String table, String column) {
		return table != null && column != null
				&& this.newColumns.contains(Targets.key(table) + "." + Targets.key(column));
	}

	@Override
	public String origin() {
		return this.origin;
	}

	@Override
	public ColumnType columnType(String table, String column) {
		if (table == null || column == null) {
			return null;
		}
		ColumnType type = this.columnTypes.get(Targets.key(table) + "." + Targets.key(column));
		return (type != null) ? type : this.tables.columnType(Targets.key(table), Targets.key(column));
	}

	@Override
	public Map<String, Boolean> notNullChecks(String table, String column) {
		if (table == null || column == null) {
			return Map.of();
		}
		return this.notNullChecks.on(table, column, this.tables.notNullChecks(Targets.key(table), Targets.key(column)));
	}

	@Override
	public Set<String> dialects() {
		return this.dialects;
	}

}
