package dev.ratchet.boot.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.SchemaReader;
import dev.ratchet.state.SchemaChanges;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseConnection;
import liquibase.database.core.H2Database;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.OracleDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.Relation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Tells what a failed changeset left behind on a database that does not roll back DDL: the
 * tables a changeset's typed changes name are read before it runs (the whole schema, with
 * one metadata query, when it runs raw SQL) and again after it fails. On a database whose
 * DDL is transactional, such as PostgreSQL, nothing is read.
 * Liquibase's {@link Database#supportsDDLInTransaction()} is {@code true} for MySQL,
 * MariaDB, Oracle and H2, yet each of them commits DDL as it runs, so they are named here.
 */
final class DdlLeftovers {

	private static final Log logger = LogFactory.getLog(DdlLeftovers.class);

	private volatile LiveSchema before;

	private volatile Set<String> tables;

	private volatile boolean leftTablesOrColumns;

	/**
	 * Reads the schema before a changeset runs, where DDL is not transactional.
	 * @param database the database the changeset runs on
	 * @param changeSet the changeset about to run
	 */
	void beforeChangeSet(Database database, ChangeSet changeSet) {
		this.before = null;
		this.leftTablesOrColumns = false;
		if (commitsDdl(database)) {
			this.tables = tablesNamedBy(changeSet, database);
			this.before = read(database, this.tables);
		}
	}

	/**
	 * Tells what a failed changeset left behind.
	 * @param database the database it failed on
	 * @param changeSet the changeset, {@code file::id::author}
	 * @return one sentence, or {@code null} where DDL is transactional
	 */
	String afterFailure(Database database, String changeSet) {
		if (!commitsDdl(database)) {
			return null;
		}
		String product = database.getDatabaseProductName();
		LiveSchema after = (this.before != null) ? read(database, this.tables) : null;
		if (after == null) {
			this.leftTablesOrColumns = true;
			return product + " does not roll back DDL: what changeset " + changeSet
					+ " left behind could not be read; compare the schema with the changeset before it runs again.";
		}
		SchemaChanges changes = SchemaChanges.between(this.before, after);
		this.leftTablesOrColumns = !changes.isEmpty();
		return changes.leftBehind(product, changeSet);
	}

	/**
	 * Returns whether the last failed changeset left a table or column behind, or may have:
	 * {@code true} when what it left could not be read.
	 * @return whether tables or columns were left behind
	 */
	boolean leftTablesOrColumns() {
		return this.leftTablesOrColumns;
	}

	/**
	 * Returns whether DDL run on a database is committed as it runs, so a failed changeset
	 * may leave part of its changes behind.
	 * @param database the database
	 * @return whether the database does not roll back DDL
	 */
	static boolean commitsDdl(Database database) {
		return !database.supportsDDLInTransaction() || database instanceof MySQLDatabase
				|| database instanceof OracleDatabase || database instanceof H2Database;
	}

	/**
	 * Returns the tables a changeset's changes name, or {@code null} when a change does not
	 * say (raw SQL, custom changes).
	 */
	private static Set<String> tablesNamedBy(ChangeSet changeSet, Database database) {
		Set<String> tables = new LinkedHashSet<>();
		try {
			for (Change change : changeSet.getChanges()) {
				Set<DatabaseObject> affected = change.getAffectedDatabaseObjects(database);
				if (affected.isEmpty()) {
					return null;
				}
				for (DatabaseObject object : affected) {
					DatabaseObject table = (object instanceof Column column) ? column.getRelation() : object;
					if (!(table instanceof Relation) || table.getName() == null) {
						return null;
					}
					tables.add(table.getName());
				}
			}
		}
		catch (RuntimeException ex) {
			return null;
		}
		return tables;
	}

	private static LiveSchema read(Database database, Set<String> tables) {
		DatabaseConnection connection = database.getConnection();
		if (!(connection instanceof JdbcConnection jdbc)) {
			return null;
		}
		try {
			Connection underlying = jdbc.getUnderlyingConnection();
			return (tables != null) ? SchemaReader.readTables(underlying, tables) : SchemaReader.read(underlying);
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("Could not read the schema to tell what a failed changeset leaves behind: " + ex.getMessage());
			return null;
		}
	}

}
