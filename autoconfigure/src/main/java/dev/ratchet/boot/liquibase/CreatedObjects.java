package dev.ratchet.boot.liquibase;

import java.util.ArrayList;
import java.util.List;

import dev.ratchet.Identifiers;
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
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * What a changeset creates, checked against the database before {@code mark-ran} records it:
 * the tables, columns, indexes, views, sequences and named constraints of its typed changes,
 * and the tables, columns and indexes its SQL creates ({@code CREATE TABLE},
 * {@code ALTER TABLE … ADD}, {@code CREATE INDEX}). Changes that create nothing checkable
 * (data, other SQL) are taken on the operator's word.
 */
final class CreatedObjects {

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
				if (!exists(created.object(), database)) {
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

	private static List<Created> fromSql(AbstractSQLChange change, Database database, String catalog) {
		List<Created> created = new ArrayList<>();
		for (String text : statements(change, database)) {
			Statement statement;
			try {
				statement = CCJSqlParserUtil.parse(text);
			}
			catch (Exception ex) {
				continue;
			}
			if (statement instanceof CreateTable table) {
				created.add(table(catalog, schema(table.getTable().getSchemaName()), name(table.getTable().getName())));
			}
			else if (statement instanceof CreateIndex index && index.getIndex().getName() != null) {
				created.add(index(catalog, schema(index.getTable().getSchemaName()), name(index.getTable().getName()),
						name(index.getIndex().getName())));
			}
			else if (statement instanceof Alter alter && alter.getAlterExpressions() != null) {
				for (AlterExpression expression : alter.getAlterExpressions()) {
					if (expression.getColDataTypeList() == null) {
						continue;
					}
					expression.getColDataTypeList()
						.forEach((column) -> created.add(column(catalog, schema(alter.getTable().getSchemaName()),
								name(alter.getTable().getName()), name(column.getColumnName()))));
				}
			}
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

	private static String schema(String schema) {
		return (schema != null) ? name(schema) : null;
	}

	private static String name(String name) {
		return Identifiers.unquote(name);
	}

	/**
	 * An object a change creates.
	 *
	 * @param object the object, for the database's snapshot
	 * @param description how the refusal names it
	 */
	private record Created(DatabaseObject object, String description) {
	}

}
