package dev.ratchet.lint.sql;

import java.util.Set;

/**
 * The databases whose online-safety rules differ: PostgreSQL, and MariaDB/MySQL.
 */
public final class Dialects {

	private static final Set<String> MYSQL = Set.of("mysql", "mariadb");

	private Dialects() {
	}

	/**
	 * Returns whether a database is MariaDB or MySQL.
	 * @param dialect Liquibase's short name
	 * @return whether it is
	 */
	public static boolean isMySql(String dialect) {
		return dialect != null && MYSQL.contains(dialect);
	}

	/**
	 * Returns whether a database is PostgreSQL (or speaks its dialect).
	 * @param dialect Liquibase's short name
	 * @return whether it is
	 */
	public static boolean isPostgres(String dialect) {
		return "postgresql".equals(dialect) || "cockroachdb".equals(dialect);
	}

}
