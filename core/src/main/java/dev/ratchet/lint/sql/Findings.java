package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Violation;

/**
 * Collects what the statements of one piece of SQL do, in statement order, and what they
 * leave for the statements after them: created objects and columns, routines, prepared
 * statements and session variables. SQL that runs now reports the effects of the routines
 * it calls; the body of a routine only records which routines it calls.
 */
final class Findings implements SqlContext {

	private final String changeType;

	private final SqlContext context;

	private final boolean body;

	private final List<Violation> violations = new ArrayList<>();

	private final Set<String> created = new LinkedHashSet<>();

	private final Set<String> createdColumns = new LinkedHashSet<>();

	private final Map<String, ColumnType> columnTypes = new LinkedHashMap<>();

	private final NotNullChecks notNullChecks = new NotNullChecks();

	private final SchemaFacts facts = new SchemaFacts();

	private final Transaction transaction;

	private final Map<String, Routine> routines = new LinkedHashMap<>();

	private final Set<Call> calls = new LinkedHashSet<>();

	private final Set<String> prepared = new HashSet<>();

	private final Map<String, String> variables = new HashMap<>();

	private Findings(String changeType, SqlContext context, boolean body) {
		this.changeType = changeType;
		this.context = context;
		this.body = body;
		this.transaction = body ? new Transaction(true) : context.transaction();
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
		if (name != null) {
			this.created.add(name);
		}
	}

	/**
	 * Records that the SQL adds a column to a table.
	 */
	void createdColumn(String table, String column) {
		if (table != null && column != null) {
			this.createdColumns.add(Identifiers.columnKey(table, column));
		}
	}

	/**
	 * Records the type a column has once the SQL has run.
	 */
	void columnType(String table, String column, ColumnType type) {
		if (table != null && column != null && type != null) {
			this.columnTypes.put(Identifiers.columnKey(table, column), type);
		}
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
		this.routines.put(routine.name(), routine);
	}

	/**
	 * Records a call: when the SQL runs now, what the routine does is reported; a routine
	 * that is not known is kept for later.
	 */
	void called(Call call) {
		if (this.body) {
			this.calls.add(call);
			return;
		}
		Routine routine = routine(call.name());
		if (routine == null) {
			this.calls.add(call);
			return;
		}
		Invocations.expand(routine, this.changeType, this::routine, this.violations::add,
				(name) -> this.calls.add(new Call(name, false)));
	}

	/**
	 * Records a statement prepared under a name ({@code PREPARE name …}).
	 */
	void prepared(String name) {
		this.prepared.add(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Returns whether a statement was prepared under a name.
	 */
	boolean isPrepared(String name) {
		return this.prepared.contains(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Records the value of a session variable ({@code SET @name = …}): its text when it is
	 * a literal, {@code null} when it is assembled.
	 */
	void variable(String name, String literal) {
		this.variables.put(name.toLowerCase(Locale.ROOT), literal);
	}

	/**
	 * Returns the literal text of a session variable, or {@code null} when it is not known
	 * or was assembled.
	 */
	String variable(String name) {
		return this.variables.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Returns whether the statements run inside the body of a routine being created.
	 */
	boolean isBody() {
		return this.body;
	}

	@Override
	public Routine routine(String name) {
		Routine routine = this.routines.get(name);
		return (routine != null) ? routine : this.context.routine(name);
	}

	@Override
	public boolean isNewColumn(String table, String column) {
		return (table != null && column != null && this.createdColumns.contains(Identifiers.columnKey(table, column)))
				|| this.context.isNewColumn(table, column);
	}

	@Override
	public String origin() {
		return this.context.origin();
	}

	@Override
	public ColumnType columnType(String table, String column) {
		ColumnType type = (table != null && column != null)
				? this.columnTypes.get(Identifiers.columnKey(table, column)) : null;
		return (type != null) ? type : this.context.columnType(table, column);
	}

	@Override
	public List<ColumnType> columnTypes(String table, String column) {
		ColumnType type = (table != null && column != null)
				? this.columnTypes.get(Identifiers.columnKey(table, column)) : null;
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
		Set<String> names = new LinkedHashSet<>();
		this.calls.forEach((call) -> names.add(call.name()));
		return names;
	}

	/**
	 * Returns everything recorded so far.
	 */
	SqlClassification classification() {
		return new SqlClassification(this.violations, this.created, this.createdColumns, this.columnTypes,
				new ArrayList<>(this.routines.values()), new ArrayList<>(this.calls), this.notNullChecks, this.facts);
	}

}
