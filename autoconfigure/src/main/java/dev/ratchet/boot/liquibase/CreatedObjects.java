package dev.ratchet.boot.liquibase;

import java.util.ArrayList;
import java.util.List;

import dev.ratchet.lint.sql.SqlClassification;
import dev.ratchet.lint.sql.SqlClassifier;
import liquibase.change.AbstractSQLChange;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.core.MySQLDatabase;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawParameterizedSqlStatement;
import liquibase.statement.core.RawSqlStatement;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.Sequence;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;
import liquibase.structure.core.View;

/**
 * What a changeset creates, checked against the database before {@code mark-ran} records it:
 * the tables, columns, indexes, views, sequences and named constraints of its typed changes,
 * and the tables, views, sequences, columns and indexes its SQL creates, as the linter's
 * classifier reads them. Changes that create nothing checkable (data, other SQL) are taken
 * on the operator's word.
 */
final class CreatedObjects {

	private static final SqlClassifier CLASSIFIER = new SqlClassifier();

	private CreatedObjects() {
	}

	/**
	 * Returns what a changeset creates that the database does not have.
	 * @param changeSet the changeset
	 * @param database the database
	 * @return each missing object, such as {@code column t0034.c2}; empty when all are there
	 */
	static List<String> missing(ChangeSet changeSet, Database database) {
		List<String> missing = new ArrayList<>();
		for (Change change : changeSet.getChanges()) {
			for (Created created : created(change, database)) {
				if (!exists(created.object(), database)
						&& created.alternatives().stream().noneMatch((other) -> exists(other, database))) {
					missing.add(created.description());
				}
			}
		}
		return missing;
	}

	private static List<Created> created(Change change, Database database) {
		List<Created> created = new ArrayList<>();
		String catalog = catalog(database);
		if (change instanceof CreateTableChange table) {
			created.add(table(catalog, table.getSchemaName(), table.getTableName()));
		}
		else if (change instanceof AddColumnChange add) {
			for (AddColumnConfig column : add.getColumns()) {
				created.add(column(catalog, add.getSchemaName(), add.getTableName(), column.getName()));
			}
		}
		else if (change instanceof RenameTableChange rename) {
			created.add(table(catalog, rename.getSchemaName(), rename.getNewTableName()));
		}
		else if (change instanceof RenameColumnChange rename) {
			created.add(column(catalog, rename.getSchemaName(), rename.getTableName(), rename.getNewColumnName()));
		}
		else if (change instanceof CreateIndexChange index && index.getIndexName() != null) {
			created.add(index(catalog, index.getSchemaName(), index.getTableName(), index.getIndexName()));
		}
		else if (change instanceof CreateViewChange view) {
			created.add(new Created(new View(catalog, view.getSchemaName(), view.getViewName()), "view "
					+ view.getViewName()));
		}
		else if (change instanceof CreateSequenceChange sequence) {
			created.add(new Created(new Sequence(catalog, sequence.getSchemaName(), sequence.getSequenceName()),
					"sequence " + sequence.getSequenceName()));
		}
		else if (change instanceof AddForeignKeyConstraintChange key && key.getConstraintName() != null) {
			created.add(new Created(new ForeignKey(key.getConstraintName(), catalog, key.getBaseTableSchemaName(),
					key.getBaseTableName()), "foreign key " + key.getConstraintName()));
		}
		else if (change instanceof AddUniqueConstraintChange unique && unique.getConstraintName() != null) {
			created.add(new Created(new UniqueConstraint(unique.getConstraintName(), catalog, unique.getSchemaName(),
					unique.getTableName()), "unique constraint " + unique.getConstraintName()));
		}
		else if (change instanceof AbstractSQLChange sql) {
			created.addAll(fromSql(sql, database, catalog));
		}
		return created;
	}

	/**
	 * Reads what a SQL change creates with the linter's own classifier, statement by
	 * statement as Liquibase splits them: tables, views and sequences, added columns and
	 * indexes.
	 */
	private static List<Created> fromSql(AbstractSQLChange change, Database database, String catalog) {
		List<Created> created = new ArrayList<>();
		for (String sql : statements(change, database)) {
			SqlClassification classified = CLASSIFIER.classify(sql, change.getSerializedObjectName());
			classified.created().forEach((name) -> created.add(relation(catalog, name)));
			for (String key : classified.createdColumns()) {
				int dot = key.lastIndexOf('.');
				created.add(column(catalog, null, key.substring(0, dot), key.substring(dot + 1)));
			}
			classified.facts().indexes().forEach((name, index) -> created.add(index(catalog, null, index.table(), name)));
		}
		return created;
	}

	/**
	 * Returns the statements of a SQL change as Liquibase splits them to run them.
	 */
	private static List<String> statements(AbstractSQLChange change, Database database) {
		List<String> statements = new ArrayList<>();
		try {
			for (SqlStatement statement : change.generateStatements(database)) {
				if (statement instanceof RawParameterizedSqlStatement raw) {
					statements.add(raw.getSql());
				}
				else if (statement instanceof RawSqlStatement raw) {
					statements.add(raw.getSql());
				}
			}
		}
		catch (RuntimeException ex) {
			return List.of();
		}
		return statements;
	}

	/**
	 * Returns the catalog to look objects up in: on MariaDB and MySQL the database, which
	 * Liquibase's snapshot needs named; elsewhere none, so the default schema applies.
	 */
	private static String catalog(Database database) {
		return (database instanceof MySQLDatabase) ? database.getDefaultCatalogName() : null;
	}

	private static boolean exists(DatabaseObject object, Database database) {
		try {
			return SnapshotGeneratorFactory.getInstance().has(object, database);
		}
		catch (Exception ex) {
			return false;
		}
	}

	/**
	 * A table, view or sequence SQL creates: any of them by that name will do.
	 */
	private static Created relation(String catalog, String name) {
		String schema = schemaIn(catalog, null);
		return new Created(new Table(catalog, schema, name), "table, view or sequence " + name, List.of(
				new View(catalog, schema, name), new Sequence(catalog, schema, name)));
	}

	private static Created table(String catalog, String schema, String name) {
		return new Created(new Table(catalog, schemaIn(catalog, schema), name), "table " + name);
	}

	private static Created column(String catalog, String schema, String table, String column) {
		return new Created(new Column(Table.class, catalog, schemaIn(catalog, schema), table, column),
				"column " + table + "." + column);
	}

	private static Created index(String catalog, String schema, String table, String name) {
		Index index = new Index(name, catalog, schemaIn(catalog, schema), table);
		return new Created(index, "index " + name);
	}

	private static String schemaIn(String catalog, String schema) {
		return (schema != null) ? schema : catalog;
	}

	/**
	 * An object a change creates.
	 *
	 * @param object the object, for the database's snapshot
	 * @param description how the refusal names it
	 */
	private record Created(DatabaseObject object, String description, List<DatabaseObject> alternatives) {

		Created(DatabaseObject object, String description) {
			this(object, description, List.of());
		}

	}

}
