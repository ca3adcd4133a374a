package dev.ratchet.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.sql.ColumnType;
import dev.ratchet.lint.sql.ConstraintKind;
import dev.ratchet.lint.sql.NotNullChecks;
import dev.ratchet.lint.sql.Routine;
import dev.ratchet.lint.sql.SchemaFacts;
import dev.ratchet.lint.sql.SqlClassification;
import dev.ratchet.lint.sql.SqlContext;
import dev.ratchet.lint.sql.Transaction;
import dev.ratchet.lint.sql.Volatility;
import liquibase.change.AbstractSQLChange;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.MergeColumnChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeSet;

/**
 * What the changesets linted so far have left: tables, views and sequences they created
 * (no deployed code can depend on them, so changes to them are exempt), columns they added
 * (writing every row of one is a backfill), the types columns have, the constraints and
 * their kinds and the {@code CHECK (column IS NOT NULL)} constraints on columns (from the
 * changesets, else from the database), the functions and procedures they created, with what
 * their bodies do and how volatile they are, and the transaction the current changeset runs
 * in. In static lint a column's types are kept per {@link Deployment}.
 */
final class RunState implements SqlContext {

	private final Set<String> created = new HashSet<>();

	private final Set<String> newColumns = new HashSet<>();

	private final Schema schema;

	private final Set<String> dialects;

	private final TableCatalog tables;

	private final boolean perDeployment;

	private String origin = "created in this run";

	private Deployment deployment = Deployment.EVERY;

	private Deployment changeSetDeployment = Deployment.EVERY;

	private Transaction transaction = new Transaction(true);

	RunState() {
		this(Set.of(), TableCatalog.none(), false);
	}

	/**
	 * Creates the state of a lint.
	 * @param dialects the databases the changesets run on
	 * @param tables the catalog of the database, or {@link TableCatalog#none()}
	 * @param perDeployment whether column types are kept per deployment (static lint), rather
	 * than for the one database an update runs on
	 */
	RunState(Set<String> dialects, TableCatalog tables, boolean perDeployment) {
		this(new Schema(), dialects, tables, perDeployment);
	}

	private RunState(Schema schema, Set<String> dialects, TableCatalog tables, boolean perDeployment) {
		this.schema = schema;
		this.dialects = Set.copyOf(dialects);
		this.tables = tables;
		this.perDeployment = perDeployment;
	}

	/**
	 * Returns a state of its own for created objects and columns that shares this state's
	 * routines, column types and constraints: what released changesets create is not exempt,
	 * but what they leave in the schema is known.
	 */
	RunState sharingSchema() {
		return new RunState(this.schema, this.dialects, this.tables, this.perDeployment);
	}

	/**
	 * Starts a changeset: routines it creates are said to come from it, its SQL runs in a
	 * transaction of its own, and in static lint the types it sees are those of its
	 * deployments.
	 */
	void enter(ChangeSet changeSet) {
		this.origin = "created in changeset " + ChangeSetId.of(changeSet);
		this.transaction = new Transaction(changeSet.isRunInTransaction());
		this.changeSetDeployment = this.perDeployment ? Deployment.of(changeSet) : Deployment.EVERY;
		this.deployment = this.changeSetDeployment;
	}

	/**
	 * Starts a change of the current changeset, which may name databases of its own.
	 */
	void enter(Change change) {
		String dbms = (this.perDeployment && change instanceof AbstractSQLChange sql) ? sql.getDbms() : null;
		this.deployment = this.changeSetDeployment.and(dbms);
	}

	/**
	 * Forgets the objects and columns created so far, as static lint does between
	 * changesets; routines, types and constraints stay, since they exist either way.
	 */
	void forgetCreated() {
		this.created.clear();
		this.newColumns.clear();
	}

	/**
	 * Records what a typed change creates, and the lock it holds until its changeset commits.
	 */
	void record(Change change) {
		SchemaFacts typed = new SchemaFacts();
		TypedChanges.record(change, typed);
		absorb(typed);
		for (String table : TypedChanges.lockedTables(change)) {
			this.transaction.lock(key(table), change.getSerializedObjectName() + " on " + table);
		}
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
		classification.columnTypes().forEach((column, type) -> this.schema.types.record(column, this.deployment, type));
		this.schema.notNullChecks.addAll(classification.notNullChecks());
		absorb(classification.facts());
		classification.routines().forEach(this::define);
	}

	/**
	 * Keeps what SQL or a change told about the schema; whether a column is NOT NULL is kept
	 * per deployment, as its type is.
	 */
	private void absorb(SchemaFacts facts) {
		facts.notNull().forEach((column, required) -> this.schema.notNull.record(column, this.deployment, required));
		this.schema.facts.addAll(facts);
	}

	/**
	 * Records a routine, replacing one of the same name.
	 */
	void define(Routine routine) {
		this.schema.routines.put(routine.name(), routine);
	}

	/**
	 * Records that a table, view or sequence was created.
	 */
	void add(String name) {
		if (name != null) {
			this.created.add(key(name));
		}
	}

	private void type(String table, String column, String type) {
		ColumnType parsed = ColumnType.parse(type);
		if (table != null && column != null && parsed != null) {
			this.schema.types.record(Identifiers.looseColumnKey(table, column), this.deployment, parsed);
		}
	}

	private void addColumn(String table, String column) {
		if (table != null && column != null) {
			this.newColumns.add(Identifiers.looseColumnKey(table, column));
		}
	}

	/**
	 * Returns whether a table, view or sequence was created so far.
	 */
	boolean isCreated(String name) {
		return name != null && this.created.contains(key(name));
	}

	@Override
	public Routine routine(String name) {
		return this.schema.routines.get(name.toLowerCase(Locale.ROOT));
	}

	@Override
	public boolean isNewColumn(String table, String column) {
		return table != null && column != null
				&& this.newColumns.contains(Identifiers.looseColumnKey(table, column));
	}

	@Override
	public String origin() {
		return this.origin;
	}

	@Override
	public ColumnType columnType(String table, String column) {
		List<ColumnType> types = columnTypes(table, column);
		return types.isEmpty() ? null : types.get(0);
	}

	@Override
	public List<ColumnType> columnTypes(String table, String column) {
		if (table == null || column == null) {
			return List.of();
		}
		List<ColumnType> types = this.schema.types.before(Identifiers.looseColumnKey(table, column),
				this.deployment);
		if (!types.isEmpty()) {
			return types;
		}
		ColumnType live = this.tables.columnType(key(table), key(column));
		return (live != null) ? List.of(live) : List.of();
	}

	@Override
	public Map<String, Boolean> notNullChecks(String table, String column) {
		if (table == null || column == null) {
			return Map.of();
		}
		return this.schema.notNullChecks.on(table, column,
				this.tables.notNullChecks(key(table), key(column)));
	}

	@Override
	public ConstraintKind constraintKind(String table, String constraint) {
		ConstraintKind kind = this.schema.facts.constraints().kind(table, constraint);
		return (kind != null || table == null || constraint == null) ? kind
				: this.tables.constraintKind(key(table), key(constraint));
	}

	@Override
	public Volatility volatility(String function) {
		Volatility volatility = this.schema.facts.volatility(function);
		return (volatility != null) ? volatility : this.tables.volatility(function);
	}

	@Override
	public Boolean notNull(String table, String column) {
		if (table == null || column == null) {
			return null;
		}
		List<Boolean> candidates = this.schema.notNull.before(Identifiers.looseColumnKey(table, column),
				this.deployment);
		if (candidates.isEmpty()) {
			return this.tables.notNull(key(table), key(column));
		}
		return !candidates.contains(Boolean.FALSE);
	}

	@Override
	public SchemaFacts.IndexColumns indexColumns(String index) {
		SchemaFacts.IndexColumns columns = this.schema.facts.index(index);
		return (columns != null || index == null) ? columns : this.tables.indexColumns(key(index));
	}

	@Override
	public Set<String> dialects() {
		return this.perDeployment ? this.deployment.dialects(this.dialects) : this.dialects;
	}

	@Override
	public Transaction transaction() {
		return this.transaction;
	}

	@Override
	public boolean knowsLiveSchema() {
		return this.tables.readsLiveSchema();
	}

	private static String key(String name) {
		return Identifiers.looseUnqualifiedKey(name);
	}

	/**
	 * What the changesets leave in the schema, shared by the released and the new ones.
	 */
	private static final class Schema {

		private final Map<String, Routine> routines = new HashMap<>();

		private final History<ColumnType> types = new History<>();

		private final History<Boolean> notNull = new History<>();

		private final NotNullChecks notNullChecks = new NotNullChecks();

		private final SchemaFacts facts = new SchemaFacts();

	}

}
