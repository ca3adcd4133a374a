package dev.ratchet.lint.jdbc;

import dev.ratchet.lint.LintTarget;
import dev.ratchet.lint.RoutineCatalog;
import dev.ratchet.lint.TableCatalog;
import liquibase.database.Database;

/**
 * The catalogs of a connected database, read over JDBC with read-only queries, and the lint
 * target of an update on it.
 */
public final class JdbcCatalogs {

	private JdbcCatalogs() {
	}

	/**
	 * Returns the target of an update: the connected database and its catalogs.
	 * @param database the database, connected
	 * @return the target
	 */
	public static LintTarget target(Database database) {
		return LintTarget.database(database, routines(database), tables(database));
	}

	/**
	 * Returns the table catalog of a connected PostgreSQL, H2, MariaDB or MySQL database.
	 * @param database the database
	 * @return its catalog, or one that knows no table for any other database
	 */
	public static TableCatalog tables(Database database) {
		return JdbcTableCatalog.of(database);
	}

	/**
	 * Returns the routine catalog of a connected database.
	 * @param database the database
	 * @return its catalog
	 */
	public static RoutineCatalog routines(Database database) {
		return JdbcRoutineCatalog.of(database);
	}

}
