package dev.ratchet.lint.sql;

import java.util.List;

/**
 * One action of an {@code ALTER TABLE} statement, as {@link AlterTableParser} reads it.
 */
sealed interface AlterAction {

	/**
	 * {@code ADD [COLUMN] [IF NOT EXISTS] column …}.
	 *
	 * @param column the column's definition
	 */
	record AddColumn(ColumnDefinition column) implements AlterAction {

	}

	/**
	 * {@code ADD [CONSTRAINT name] …}, or MySQL's {@code ADD INDEX}.
	 *
	 * @param constraint the constraint
	 */
	record AddConstraint(TableConstraint constraint) implements AlterAction {

	}

	/**
	 * {@code ALTER [COLUMN] column …}, and H2's forms of it.
	 *
	 * @param column the column, lower case
	 * @param change what changes
	 * @param type the new type of a type change, else {@code null}
	 * @param expression the {@code USING} expression of a type change, the new default, or
	 * the new name of H2's {@code RENAME TO}; empty when none
	 */
	record AlterColumn(String column, ColumnChange change, ColumnType type, List<SqlToken> expression)
			implements AlterAction {

	}

	/**
	 * {@code DROP [COLUMN] [IF EXISTS] column}, also H2's {@code DROP COLUMN (a, b)}.
	 *
	 * @param columns the columns, lower case
	 */
	record DropColumn(List<String> columns) implements AlterAction {

	}

	/**
	 * {@code DROP CONSTRAINT name}, MySQL's {@code DROP PRIMARY KEY}, {@code DROP FOREIGN KEY}
	 * and {@code DROP CHECK}.
	 *
	 * @param name the constraint's name, or {@code null} for {@code DROP PRIMARY KEY}
	 * @param kind the kind the statement says it is, or {@code null} when only its name is
	 * written
	 */
	record DropConstraint(String name, ConstraintKind kind) implements AlterAction {

	}

	/**
	 * MySQL's {@code DROP INDEX name} and {@code DROP KEY name}.
	 *
	 * @param name the index, lower case
	 */
	record DropIndex(String name) implements AlterAction {

	}

	/**
	 * {@code RENAME …}.
	 *
	 * @param kind what is renamed
	 * @param from the old name, lower case; {@code null} for the table itself
	 * @param to the new name, lower case
	 */
	record Rename(Renamed kind, String from, String to) implements AlterAction {

	}

	/**
	 * {@code VALIDATE CONSTRAINT name}.
	 *
	 * @param name the constraint, lower case
	 */
	record ValidateConstraint(String name) implements AlterAction {

	}

	/**
	 * MySQL's {@code MODIFY [COLUMN] column …} and {@code CHANGE [COLUMN] old column …}.
	 *
	 * @param oldName the column's name before, lower case
	 * @param column its new definition
	 */
	record ModifyColumn(String oldName, ColumnDefinition column) implements AlterAction {

	}

	/**
	 * An action that copies every row into a new file under an exclusive lock:
	 * {@code SET TABLESPACE}, {@code SET LOGGED}, {@code SET UNLOGGED},
	 * {@code SET ACCESS METHOD}.
	 *
	 * @param description the action, such as {@code SET TABLESPACE fast}
	 */
	record Rewrite(String description) implements AlterAction {

	}

	/**
	 * {@code SET SCHEMA schema}: the table moves to another schema.
	 *
	 * @param schema the schema, lower case
	 */
	record MoveToSchema(String schema) implements AlterAction {

	}

	/**
	 * MySQL's {@code CONVERT TO CHARACTER SET charset}.
	 *
	 * @param charset the character set
	 */
	record ConvertCharset(String charset) implements AlterAction {

	}

	/**
	 * MySQL's {@code DROP PARTITION} and {@code TRUNCATE PARTITION}, PostgreSQL's
	 * {@code DETACH PARTITION}: the partition's rows leave the table.
	 *
	 * @param verb {@code DROP}, {@code TRUNCATE} or {@code DETACH}
	 * @param partitions the partitions, lower case
	 * @param concurrently whether PostgreSQL detaches it {@code CONCURRENTLY}, which cannot run
	 * in a transaction
	 */
	record PartitionRemoval(String verb, List<String> partitions, boolean concurrently) implements AlterAction {

	}

	/**
	 * An action read and known to change no data and to lock nothing for long, such as
	 * {@code OWNER TO}, {@code SET (fillfactor = 70)} or {@code ENGINE = InnoDB}.
	 *
	 * @param tokens the action
	 */
	record Harmless(List<SqlToken> tokens) implements AlterAction {

	}

	/**
	 * An action of a form not read here.
	 *
	 * @param tokens the action
	 */
	record Unknown(List<SqlToken> tokens) implements AlterAction {

	}

	/**
	 * What {@code ALTER [COLUMN]} changes.
	 */
	enum ColumnChange {

		/** {@code TYPE}, {@code SET DATA TYPE}, or H2's type after the column name. */
		TYPE,

		/** {@code SET NOT NULL}. */
		SET_NOT_NULL,

		/** {@code DROP NOT NULL}, or H2's {@code SET NULL}. */
		DROP_NOT_NULL,

		/** {@code SET DEFAULT}. */
		SET_DEFAULT,

		/** {@code DROP DEFAULT}. */
		DROP_DEFAULT,

		/** {@code ADD GENERATED … AS IDENTITY}. */
		ADD_IDENTITY,

		/** {@code DROP IDENTITY}. */
		DROP_IDENTITY,

		/** H2's {@code RENAME TO}. */
		RENAME,

		/** Statistics, storage, compression, identity options, visibility: nothing rows see. */
		OTHER

	}

	/**
	 * What {@code RENAME} renames.
	 */
	enum Renamed {

		/** The table. */
		TABLE,

		/** A column. */
		COLUMN,

		/** A constraint. */
		CONSTRAINT,

		/** An index (MySQL). */
		INDEX

	}

}
