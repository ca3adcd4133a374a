package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Violation;

/**
 * Collects what the statements of one piece of SQL do, in statement order, and what they
 * leave for the statements after them: created objects and columns ({@link NewSchema}),
 * constraints and nullability ({@link SchemaFacts}), routines ({@link RoutineCalls}),
 * prepared statements and session variables ({@link Session}). SQL that runs now reports the
 * effects of the routines it calls; the body of a routine only records which routines it
 * calls.
 */
final class Findings implements SqlContext {

	private final String changeType;

	private final SqlContext context;

	private final boolean body;

	private final List<Violation> violations = new ArrayList<>();

	private final NewSchema created = new NewSchema();

	private final NotNullChecks notNullChecks = new NotNullChecks();

	private final SchemaFacts facts = new SchemaFacts();

	private final Transaction transaction;

	private final RoutineCalls routines;

	private final Session session = new Session();

	private Findings(String changeType, SqlContext context, boolean body) {
		this.changeType = changeType;
		this.context = context;
		this.body = body;
		this.transaction = body ? new Transaction(true) : context.transaction();
		this.routines = new RoutineCalls(context);
	}

	/**
	 * Collects what SQL that runs now does.
	 */
	static Findings now(String changeType, SqlContext context) {
		return new Findings(changeType, context, false);
	}

	/**
	 * Collects what the body of a routine created by this SQL does when it is called.
	 */
	Findings body() {
		return new Findings(this.changeType, this, true);
	}

	/**
	 * Records a violation on a whole table (or view, sequence).
	 */
	void table(Rule rule, String table, String message) {
		add(rule, table, table, message);
	}

	/**
	 * Records a violation on a column.
	 */
	void column(Rule rule, String table, String column, String message) {
		add(rule, table, (table != null) ? table + "." + column : column, message);
	}

	/**
	 * Records a violation whose target is not a table, such as a schema or routine.
	 */
	void add(Rule rule, String table, String target, String message) {
		this.violations.add(new Violation(rule, this.changeType, table, target, message));
	}

	/**
	 * Records that the SQL creates a table, view or sequence.
	 */
	void created(String name) {
		this.created.object(name);
	}

	/**
	 * Records that the SQL adds a column to a table.
	 */
	void createdColumn(String table, String column) {
		this.created.column(table, column);
	}

	/**
	 * Records the type a column has once the SQL has run.
	 */
	void columnType(String table, String column, ColumnType type) {
		this.created.type(table, column, type);
	}

	/**
	 * Returns the {@code CHECK (column IS NOT NULL)} constraints the SQL adds and validates.
	 */
	NotNullChecks notNullCheckChanges() {
		return this.notNullChecks;
	}

	/**
	 * Records a constraint the SQL creates.
	 */
	void constraint(String table, String name, ConstraintKind kind, List<String> columns) {
		this.facts.constraints().add(table, name, kind, columns);
		if (kind == ConstraintKind.PRIMARY_KEY) {
			columns.forEach((column) -> this.facts.notNull(table, column, true));
		}
	}

	/**
	 * Records whether a column is NOT NULL once the SQL has run.
	 */
	void notNull(String table, String column, boolean required) {
		this.facts.notNull(table, column, required);
	}

	/**
	 * Records the columns of an index the SQL creates.
	 */
	void index(String index, String table, List<String> columns) {
		this.facts.index(index, table, columns);
	}

	/**
	 * Records the volatility of a function the SQL creates or replaces.
	 */
	void volatility(String function, Volatility volatility) {
		this.facts.volatility(function, volatility);
	}

	/**
	 * Returns the databases' online-safety dialect: whether PostgreSQL is among them.
	 */
	boolean onPostgres() {
		return dialects().stream().anyMatch(Dialects::isPostgres);
	}

	/**
	 * Returns whether MariaDB or MySQL is among the databases.
	 */
	boolean onMySql() {
		return dialects().stream().anyMatch(Dialects::isMySql);
	}

	/**
	 * Records a routine the SQL creates or replaces.
	 */
	void define(Routine routine) {
		this.routines.define(routine);
	}

	/**
	 * Records a call: when the SQL runs now, what the routine does is reported; a call in the
	 * body of a routine, or to a routine that is not known, is kept for later.
	 */
	void called(Call call) {
		Routine routine = this.body ? null : this.routines.routine(call.name());
		if (routine == null) {
			this.routines.keep(call);
			return;
		}
		Invocations.expand(routine, this.changeType, this.routines::routine, this.violations::add,
				(name) -> this.routines.keep(new Call(name, false)));
	}

	/**
	 * Returns what the SQL sets in its session: prepared statements and session variables.
	 */
	Session session() {
		return this.session;
	}

	@Override
	public Routine routine(String name) {
		return this.routines.routine(name);
	}

	@Override
	public boolean isNewColumn(String table, String column) {
		return this.created.hasColumn(table, column) || this.context.isNewColumn(table, column);
	}

	@Override
	public String origin() {
		return this.context.origin();
	}

	@Override
	public ColumnType columnType(String table, String column) {
		ColumnType type = this.created.type(table, column);
		return (type != null) ? type : this.context.columnType(table, column);
	}

	@Override
	public List<ColumnType> columnTypes(String table, String column) {
		ColumnType type = this.created.type(table, column);
		return (type != null) ? List.of(type) : this.context.columnTypes(table, column);
	}

	@Override
	public Map<String, Boolean> notNullChecks(String table, String column) {
		return this.notNullChecks.on(table, column, this.context.notNullChecks(table, column));
	}

	@Override
	public Set<String> dialects() {
		return this.context.dialects();
	}

	@Override
	public Transaction transaction() {
		return this.transaction;
	}

	@Override
	public ConstraintKind constraintKind(String table, String constraint) {
		ConstraintKind kind = this.facts.constraints().kind(table, constraint);
		return (kind != null) ? kind : this.context.constraintKind(table, constraint);
	}

	@Override
	public Volatility volatility(String function) {
		Volatility volatility = this.facts.volatility(function);
		return (volatility != null) ? volatility : this.context.volatility(function);
	}

	@Override
	public Boolean notNull(String table, String column) {
		Boolean required = this.facts.notNull(table, column);
		return (required != null) ? required : this.context.notNull(table, column);
	}

	@Override
	public SchemaFacts.IndexColumns indexColumns(String index) {
		SchemaFacts.IndexColumns columns = this.facts.index(index);
		return (columns != null) ? columns : this.context.indexColumns(index);
	}

	@Override
	public boolean knowsLiveSchema() {
		return this.context.knowsLiveSchema();
	}

	/**
	 * Returns the violations recorded so far.
	 */
	List<Violation> violations() {
		return this.violations;
	}

	/**
	 * Returns the routines called, for a routine's body.
	 */
	Set<String> calledNames() {
		return this.routines.calledNames();
	}

	/**
	 * Returns everything recorded so far.
	 */
	SqlClassification classification() {
		return new SqlClassification(this.violations, this.created.objects(), this.created.columns(),
				this.created.types(), this.routines.routines(), this.routines.calls(), this.notNullChecks, this.facts);
	}

}
