package dev.ratchet.lint;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.sql.ColumnType;
import dev.ratchet.lint.sql.ConstraintKind;
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
 * What the changesets linted so far have left: the objects and columns they created
 * ({@link CreatedObjects}), what they leave in the schema ({@link KnownSchema}), and the
 * changeset being linted: the transaction it runs in and, in static lint, the
 * {@link Deployment deployments} whose column types it sees.
 */
final class RunState implements SqlContext {

	private final CreatedObjects created = new CreatedObjects();

	private final KnownSchema schema;

	private final Set<String> dialects;

	private final boolean perDeployment;

	private String origin = "created in this run";

	private Deployment deployment = Deployment.EVERY;

	private Deployment changeSetDeployment = Deployment.EVERY;

	private Transaction transaction = new Transaction(true);

	/**
	 * Creates the state of a lint.
	 * @param dialects the databases the changesets run on
	 * @param tables the catalog of the database, or {@link TableCatalog#none()}
	 * @param perDeployment whether column types are kept per deployment (static lint), rather
	 * than for the one database an update runs on
	 */
	RunState(Set<String> dialects, TableCatalog tables, boolean perDeployment) {
		this(new KnownSchema(tables), dialects, perDeployment);
	}

	private RunState(KnownSchema schema, Set<String> dialects, boolean perDeployment) {
		this.schema = schema;
		this.dialects = Set.copyOf(dialects);
		this.perDeployment = perDeployment;
	}

	/**
	 * Returns a state of its own for created objects and columns that shares this state's
	 * routines, column types and constraints: what released changesets create is not exempt,
	 * but what they leave in the schema is known.
	 */
	RunState sharingSchema() {
		return new RunState(this.schema, this.dialects, this.perDeployment);
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
	}

	/**
	 * Records what a typed change creates, and the lock it holds until its changeset commits.
	 */
	void record(Change change) {
		SchemaFacts typed = new SchemaFacts();
		TypedChanges.record(change, typed);
		this.schema.absorb(typed, this.deployment);
		for (String table : TypedChanges.lockedTables(change)) {
			this.transaction.lock(Identifiers.looseUnqualifiedKey(table),
					change.getSerializedObjectName() + " on " + table);
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
				this.created.addColumn(add.getTableName(), column.getName());
				type(add.getTableName(), column.getName(), column.getType());
			}
		}
		else if (change instanceof ModifyDataTypeChange modify) {
			type(modify.getTableName(), modify.getColumnName(), modify.getNewDataType());
		}
		else if (change instanceof MergeColumnChange merge) {
			this.created.addColumn(merge.getTableName(), merge.getFinalColumnName());
		}
	}

	/**
	 * Records what SQL creates.
	 */
	void record(SqlClassification classification) {
		classification.created().forEach(this::add);
		this.created.addColumns(classification.createdColumns());
		this.schema.record(classification, this.deployment);
	}

	/**
	 * Records that a table, view or sequence was created.
	 */
	void add(String name) {
		this.created.add(name);
	}

	private void type(String table, String column, String type) {
		ColumnType parsed = ColumnType.parse(type);
		if (table != null && column != null && parsed != null) {
			this.schema.type(table, column, parsed, this.deployment);
		}
	}

	/**
	 * Returns whether a table, view or sequence was created so far.
	 */
	boolean isCreated(String name) {
		return this.created.contains(name);
	}

	@Override
	public Routine routine(String name) {
		return this.schema.routine(name);
	}

	@Override
	public boolean isNewColumn(String table, String column) {
		return this.created.containsColumn(table, column);
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
		return (table != null && column != null) ? this.schema.columnTypes(table, column, this.deployment) : List.of();
	}

	@Override
	public Map<String, Boolean> notNullChecks(String table, String column) {
		return (table != null && column != null) ? this.schema.notNullChecks(table, column) : Map.of();
	}

	@Override
	public ConstraintKind constraintKind(String table, String constraint) {
		return this.schema.constraintKind(table, constraint);
	}

	@Override
	public Volatility volatility(String function) {
		return this.schema.volatility(function);
	}

	@Override
	public Boolean notNull(String table, String column) {
		return (table != null && column != null) ? this.schema.notNull(table, column, this.deployment) : null;
	}

	@Override
	public SchemaFacts.IndexColumns indexColumns(String index) {
		return this.schema.indexColumns(index);
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
		return this.schema.readsLiveSchema();
	}

}
