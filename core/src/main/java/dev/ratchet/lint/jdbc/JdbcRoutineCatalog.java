package dev.ratchet.lint.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.ratchet.lint.RoutineCatalog;
import dev.ratchet.lint.RoutineCatalogException;
import liquibase.database.Database;
import liquibase.database.DatabaseConnection;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;

/**
 * Reads routines from the catalog of the database an update runs on, with one query for
 * all the names asked: on PostgreSQL {@code pg_get_functiondef} of the functions and
 * procedures outside the system schemas, on MariaDB and MySQL the bodies in
 * {@code information_schema.ROUTINES} of the current database. Other databases have no
 * routines here. A failed query is rolled back so the update's connection stays usable.
 */
final class JdbcRoutineCatalog implements RoutineCatalog {

	private static final String POSTGRESQL = "SELECT pg_get_functiondef(p.oid) FROM pg_proc p "
			+ "JOIN pg_namespace n ON n.oid = p.pronamespace "
			+ "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' "
			+ "AND p.prokind IN ('f', 'p') AND lower(p.proname) = ANY (?)";

	private static final String MYSQL = "SELECT ROUTINE_TYPE, ROUTINE_NAME, ROUTINE_DEFINITION "
			+ "FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() AND LOWER(ROUTINE_NAME) IN ";

	private final Connection connection;

	private final boolean postgresql;

	private JdbcRoutineCatalog(Connection connection, boolean postgresql) {
		this.connection = connection;
		this.postgresql = postgresql;
	}

	/**
	 * Returns the catalog of a connected database.
	 * @param database the database
	 * @return its catalog, or one without routines when Ratchet cannot read this database's
	 */
	static RoutineCatalog of(Database database) {
		DatabaseConnection connection = database.getConnection();
		if (!(connection instanceof JdbcConnection jdbc) || jdbc.getUnderlyingConnection() == null) {
			return RoutineCatalog.none();
		}
		if (database instanceof PostgresDatabase) {
			return new JdbcRoutineCatalog(jdbc.getUnderlyingConnection(), true);
		}
		if (database instanceof MySQLDatabase) {
			return new JdbcRoutineCatalog(jdbc.getUnderlyingConnection(), false);
		}
		return RoutineCatalog.none();
	}

	@Override
	public List<String> definitions(Set<String> names) {
		if (names.isEmpty()) {
			return List.of();
		}
		try {
			return this.postgresql ? postgresql(names) : mysql(names);
		}
		catch (SQLException ex) {
			ReadOnlyQueries.rollBackAfter(this.connection, ex);
			throw new RoutineCatalogException("Cannot read routines " + names + " from the database: " + ex.getMessage(),
					ex);
		}
	}

	private List<String> postgresql(Set<String> names) throws SQLException {
		List<String> definitions = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(POSTGRESQL)) {
			statement.setArray(1, this.connection.createArrayOf("text", names.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					definitions.add(rows.getString(1));
				}
			}
		}
		return definitions;
	}

	private List<String> mysql(Set<String> names) throws SQLException {
		String placeholders = "(" + String.join(", ", names.stream().map((name) -> "?").toList()) + ")";
		List<String> definitions = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(MYSQL + placeholders)) {
			int index = 1;
			for (String name : names) {
				statement.setString(index++, name);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String body = rows.getString(3);
					if (body != null) {
						definitions.add("CREATE " + rows.getString(1) + " `" + rows.getString(2) + "`() " + body);
					}
				}
			}
		}
		return definitions;
	}

}
