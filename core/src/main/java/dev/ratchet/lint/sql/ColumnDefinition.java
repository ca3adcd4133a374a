package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A column as {@code ADD COLUMN}, {@code MODIFY} and {@code CHANGE} define it: its type, its
 * default, how its value is generated and the constraints written inline, in PostgreSQL,
 * MySQL/MariaDB and H2 syntax.
 *
 * @param name the column's name, lower case
 * @param type its type, or {@code null} when none is written
 * @param defaultValue the tokens of its {@code DEFAULT} expression, or {@code null}
 * @param notNull whether it is declared {@code NOT NULL}
 * @param generated how its value is generated
 * @param constraints the constraints written inline, in order
 */
record ColumnDefinition(String name, ColumnType type, List<SqlToken> defaultValue, boolean notNull,
		Generated generated, List<ColumnConstraint> constraints) {

	private static final Set<String> SERIAL_TYPES = Set.of("serial", "bigserial", "smallserial", "serial2", "serial4",
			"serial8");

	private static final Set<String> CLAUSES = Set.of("CONSTRAINT", "NOT", "NULL", "CHECK", "DEFAULT", "GENERATED",
			"UNIQUE", "PRIMARY", "REFERENCES", "COLLATE", "COMPRESSION", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT",
			"ON", "FIRST", "AFTER", "BEFORE", "DEFERRABLE", "INITIALLY", "KEY", "INVISIBLE", "VISIBLE", "SELECTIVITY",
			"CHARSET", "AS", "STORAGE", "IDENTITY", "ENCODE");

	ColumnDefinition {
		constraints = List.copyOf(constraints);
	}

	/**
	 * Reads a column definition.
	 * @param cursor at the column's name
	 * @return the definition, or {@code null} when no name comes next
	 */
	static ColumnDefinition read(TokenCursor cursor) {
		String name = cursor.name();
		return (name != null) ? read(name, cursor) : null;
	}

	/**
	 * Reads what follows a column's name in its definition.
	 * @param name the column's name, lower case
	 * @param cursor after the name
	 * @return the definition
	 */
	static ColumnDefinition read(String name, TokenCursor cursor) {
		boolean typed = !cursor.atEnd() && !startsClause(cursor.peek(), cursor.peek(1));
		ColumnType type = typed ? ColumnType.parse(SqlStatement.text(cursor.until(ColumnDefinition::startsClause)))
				: null;
		Clauses clauses = new Clauses();
		if (type != null && SERIAL_TYPES.contains(type.name())) {
			clauses.generated = Generated.SERIAL;
		}
		while (!cursor.atEnd()) {
			clauses.read(cursor);
		}
		return new ColumnDefinition(name, type, clauses.defaultValue, clauses.notNull, clauses.generated,
				clauses.constraints);
	}

	/**
	 * Returns whether every existing row would need a value the definition does not give:
	 * {@code NOT NULL} or {@code PRIMARY KEY} without a default or a generated value.
	 */
	boolean isRequiredWithoutDefault() {
		boolean required = this.notNull || has(ConstraintKind.PRIMARY_KEY);
		return required && this.defaultValue == null && this.generated == Generated.NONE;
	}

	/**
	 * Returns whether an inline constraint of a kind is written.
	 */
	boolean has(ConstraintKind kind) {
		return this.constraints.stream().anyMatch((constraint) -> constraint.kind() == kind);
	}

	/**
	 * Returns whether the definition makes the column NOT NULL: {@code NOT NULL}, a primary
	 * key, an identity, a serial type or an auto-increment.
	 */
	boolean isNotNull() {
		return this.notNull || has(ConstraintKind.PRIMARY_KEY) || this.generated == Generated.IDENTITY
				|| this.generated == Generated.SERIAL || this.generated == Generated.AUTO_INCREMENT;
	}

	private static boolean startsClause(SqlToken token, SqlToken next) {
		if (token.kind() != SqlToken.Kind.WORD) {
			return false;
		}
		if (token.is("CHARACTER")) {
			return next != null && next.is("SET");
		}
		return CLAUSES.contains(token.value());
	}

	/**
	 * How a column's value is generated.
	 */
	enum Generated {

		/** Not generated. */
		NONE,

		/** A {@code serial} type: a default from a new sequence. */
		SERIAL,

		/** {@code GENERATED … AS IDENTITY}, or H2's {@code IDENTITY}. */
		IDENTITY,

		/** {@code AUTO_INCREMENT}. */
		AUTO_INCREMENT,

		/** {@code GENERATED ALWAYS AS (…) STORED}, MySQL's {@code STORED} or {@code PERSISTENT}. */
		STORED,

		/** MySQL's {@code VIRTUAL} generated column, computed when read. */
		VIRTUAL

	}

	/**
	 * A constraint written in a column definition.
	 *
	 * @param name its name, or {@code null} when it has none
	 * @param kind what it is
	 * @param references the referenced table of a foreign key
	 * @param check the condition of a check
	 */
	record ColumnConstraint(String name, ConstraintKind kind, String references, List<SqlToken> check) {

	}

	/**
	 * The clauses after a column's type, read one at a time.
	 */
	private static final class Clauses {

		private List<SqlToken> defaultValue;

		private boolean notNull;

		private Generated generated = Generated.NONE;

		private final List<ColumnConstraint> constraints = new ArrayList<>();

		private String constraintName;

		void read(TokenCursor cursor) {
			if (cursor.accept("CONSTRAINT")) {
				this.constraintName = (!cursor.atEnd() && !startsClause(cursor.peek(), cursor.peek(1))) ? cursor.name()
						: null;
				return;
			}
			if (cursor.accept("NOT", "NULL")) {
				this.notNull = true;
			}
			else if (cursor.accept("DEFAULT")) {
				cursor.accept("ON", "NULL");
				this.defaultValue = cursor.until(ColumnDefinition::startsClause);
			}
			else if (cursor.accept("CHECK")) {
				List<SqlToken> condition = cursor.parenthesized();
				constraint(ConstraintKind.CHECK, null, (condition != null) ? condition : List.of());
			}
			else if (cursor.accept("UNIQUE")) {
				cursor.accept("KEY");
				constraint(ConstraintKind.UNIQUE, null, null);
			}
			else if (cursor.accept("PRIMARY", "KEY") || cursor.accept("KEY")) {
				constraint(ConstraintKind.PRIMARY_KEY, null, null);
			}
			else if (cursor.accept("REFERENCES")) {
				constraint(ConstraintKind.FOREIGN_KEY, cursor.name(), null);
				cursor.parenthesized();
			}
			else if (cursor.accept("GENERATED")) {
				generated(cursor);
			}
			else if (cursor.accept("AS")) {
				cursor.parenthesized();
				this.generated = storage(cursor);
			}
			else if (cursor.accept("AUTO_INCREMENT") || cursor.accept("AUTOINCREMENT")) {
				this.generated = Generated.AUTO_INCREMENT;
			}
			else if (cursor.accept("IDENTITY")) {
				cursor.parenthesized();
				this.generated = Generated.IDENTITY;
			}
			else {
				cursor.next();
			}
		}

		private void generated(TokenCursor cursor) {
			cursor.accept("ALWAYS");
			cursor.accept("BY", "DEFAULT");
			cursor.accept("ON", "NULL");
			cursor.accept("AS");
			if (cursor.accept("IDENTITY")) {
				cursor.parenthesized();
				this.generated = Generated.IDENTITY;
			}
			else {
				cursor.parenthesized();
				this.generated = storage(cursor);
			}
		}

		private static Generated storage(TokenCursor cursor) {
			if (cursor.accept("STORED") || cursor.accept("PERSISTENT")) {
				return Generated.STORED;
			}
			cursor.accept("VIRTUAL");
			return Generated.VIRTUAL;
		}

		private void constraint(ConstraintKind kind, String references, List<SqlToken> check) {
			this.constraints.add(new ColumnConstraint(this.constraintName, kind, references, check));
			this.constraintName = null;
		}

	}

}
