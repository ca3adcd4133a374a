package dev.ratchet.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.sql.ColumnType;
import dev.ratchet.lint.sql.ConstraintKind;
import dev.ratchet.lint.sql.NotNullChecks;
import dev.ratchet.lint.sql.Routine;
import dev.ratchet.lint.sql.SchemaFacts;
import dev.ratchet.lint.sql.SqlClassification;
import dev.ratchet.lint.sql.Volatility;

/**
 * What is known of the schema: what the changesets leave in it (the types columns have and
 * whether they are NOT NULL, kept per {@link Deployment}; the {@code CHECK (column IS NOT
 * NULL)} constraints; the constraints and their kinds; the functions and procedures, with
 * what their bodies do and how volatile they are; the columns of indexes), else what the
 * database's catalog says. Released and new changesets share it.
 */
final class KnownSchema {

	private final Map<String, Routine> routines = new HashMap<>();

	private final History<ColumnType> types = new History<>();

	private final History<Boolean> notNull = new History<>();

	private final NotNullChecks notNullChecks = new NotNullChecks();

	private final SchemaFacts facts = new SchemaFacts();

	private final TableCatalog tables;

	/**
	 * Creates what is known of a schema.
	 * @param tables the catalog of the database, or {@link TableCatalog#none()}
	 */
	KnownSchema(TableCatalog tables) {
		this.tables = tables;
	}

	/**
	 * Keeps what SQL leaves: the types of columns, the NOT NULL checks, the facts and the
	 * routines.
	 */
	void record(SqlClassification classification, Deployment deployment) {
		classification.columnTypes().forEach((column, type) -> this.types.record(column, deployment, type));
		this.notNullChecks.addAll(classification.notNullChecks());
		absorb(classification.facts(), deployment);
		classification.routines().forEach(this::define);
	}

	/**
	 * Keeps what SQL or a change told about the schema; whether a column is NOT NULL is kept
	 * per deployment, as its type is.
	 */
	void absorb(SchemaFacts facts, Deployment deployment) {
		facts.notNull().forEach((column, required) -> this.notNull.record(column, deployment, required));
		this.facts.addAll(facts);
	}

	/**
	 * Records the type a column has once a change has run.
	 */
	void type(String table, String column, ColumnType type, Deployment deployment) {
		this.types.record(Identifiers.looseColumnKey(table, column), deployment, type);
	}

	/**
	 * Records a routine, replacing one of the same name.
	 */
	void define(Routine routine) {
		this.routines.put(routine.name(), routine);
	}

	/**
	 * Returns a routine, or {@code null} when not known.
	 */
	Routine routine(String name) {
		return this.routines.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Returns the types a column may have in a deployment: those the changesets gave it, else
	 * the one it has in the database.
	 */
	List<ColumnType> columnTypes(String table, String column, Deployment deployment) {
		List<ColumnType> types = this.types.before(Identifiers.looseColumnKey(table, column), deployment);
		if (!types.isEmpty()) {
			return types;
		}
		ColumnType live = this.tables.columnType(key(table), key(column));
		return (live != null) ? List.of(live) : List.of();
	}

	/**
	 * Returns the {@code CHECK (column IS NOT NULL)} constraints on a column, each with whether
	 * it is validated.
	 */
	Map<String, Boolean> notNullChecks(String table, String column) {
		return this.notNullChecks.on(table, column, this.tables.notNullChecks(key(table), key(column)));
	}

	/**
	 * Returns the kind of a constraint, or {@code null} when not known.
	 */
	ConstraintKind constraintKind(String table, String constraint) {
		ConstraintKind kind = this.facts.constraints().kind(table, constraint);
		return (kind != null || table == null || constraint == null) ? kind
				: this.tables.constraintKind(key(table), key(constraint));
	}

	/**
	 * Returns the volatility of a function, or {@code null} when not known.
	 */
	Volatility volatility(String function) {
		Volatility volatility = this.facts.volatility(function);
		return (volatility != null) ? volatility : this.tables.volatility(function);
	}

	/**
	 * Returns whether a column is NOT NULL in a deployment, or {@code null} when not known.
	 */
	Boolean notNull(String table, String column, Deployment deployment) {
		List<Boolean> candidates = this.notNull.before(Identifiers.looseColumnKey(table, column), deployment);
		if (candidates.isEmpty()) {
			return this.tables.notNull(key(table), key(column));
		}
		return !candidates.contains(Boolean.FALSE);
	}

	/**
	 * Returns the table and columns of an index, or {@code null} when not known.
	 */
	SchemaFacts.IndexColumns indexColumns(String index) {
		SchemaFacts.IndexColumns columns = this.facts.index(index);
		return (columns != null || index == null) ? columns : this.tables.indexColumns(key(index));
	}

	/**
	 * Returns whether the database is read for what the changesets do not say.
	 */
	boolean readsLiveSchema() {
		return this.tables.readsLiveSchema();
	}

	private static String key(String name) {
		return Identifiers.looseUnqualifiedKey(name);
	}

}
