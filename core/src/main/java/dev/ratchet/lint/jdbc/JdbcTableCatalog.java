package dev.ratchet.lint.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.ratchet.lint.TableCatalog;
import dev.ratchet.lint.sql.ColumnType;
import dev.ratchet.lint.sql.ConstraintKind;
import dev.ratchet.lint.sql.NotNullChecks;
import dev.ratchet.lint.sql.SchemaFacts;
import dev.ratchet.lint.sql.Volatility;
import liquibase.database.Database;
import liquibase.database.DatabaseConnection;
import liquibase.database.core.H2Database;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;

/**
 * Reads table sizes and column types from the database an update runs on. Sizes come from
 * the catalog's estimate in one query for all tables (PostgreSQL {@code pg_class.reltuples},
 * MariaDB/MySQL {@code information_schema.TABLES.TABLE_ROWS}); a table the catalog has no
 * estimate for yet (never analyzed, or an estimate of zero, which older PostgreSQL and InnoDB
 * also give a table filled since) is counted, but never further than a limit, so the cost
 * stays bounded. Column types come from the JDBC metadata, one table at a time, remembered.
 * A failed query is rolled back so the update's connection stays usable.
 */
final class JdbcTableCatalog implements TableCatalog {

	private static final String POSTGRESQL = "SELECT n.nspname, c.relname, c.reltuples::bigint FROM pg_class c "
			+ "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'm') "
			+ "AND n.nspname = ANY (current_schemas(false)) AND lower(c.relname) = ANY (?)";

	private static final String POSTGRESQL_INDEX = "SELECT t.relname FROM pg_index x "
			+ "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
			+ "JOIN pg_namespace n ON n.oid = i.relnamespace "
			+ "WHERE n.nspname = ANY (current_schemas(false)) AND lower(i.relname) = ?";

	private static final String POSTGRESQL_DOMAIN = "SELECT c.relname FROM pg_attribute a "
			+ "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid "
			+ "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE t.typtype = 'd' AND lower(t.typname) = ? "
			+ "AND c.relkind IN ('r', 'p') AND NOT a.attisdropped AND n.nspname = ANY (current_schemas(false)) "
			+ "ORDER BY c.reltuples DESC LIMIT 1";

	private static final String POSTGRESQL_NOT_NULL_CHECKS = "SELECT lower(k.conname), k.convalidated, "
			+ "pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid "
			+ "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE k.contype = 'c' "
			+ "AND n.nspname = ANY (current_schemas(false)) AND lower(t.relname) = ?";

	private static final String MYSQL = "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES "
			+ "WHERE TABLE_SCHEMA = DATABASE() AND LOWER(TABLE_NAME) IN ";

	private static final int UNBOUNDED = 10_485_760;

	private static final int UNBOUNDED_NUMERIC = 1000;

	private final Connection connection;

	private final Dialect dialect;

	private final boolean postgresql;

	private final JdbcDefinitions definitions;

	private final Map<String, Map<String, LiveColumn>> columns = new HashMap<>();

	private JdbcTableCatalog(Connection connection, Dialect dialect) {
		this.connection = connection;
		this.dialect = dialect;
		this.postgresql = dialect == Dialect.POSTGRESQL;
		this.definitions = new JdbcDefinitions(connection, dialect);
	}

	/**
	 * Returns the catalog of a connected database.
	 * @param database the database
	 * @return its catalog, or one that knows no table when Ratchet cannot read this database's
	 */
	static TableCatalog of(Database database) {
		DatabaseConnection connection = database.getConnection();
		Dialect dialect = (database instanceof PostgresDatabase) ? Dialect.POSTGRESQL
				: (database instanceof MySQLDatabase) ? Dialect.MYSQL : (database instanceof H2Database) ? Dialect.H2 : null;
		if (!(connection instanceof JdbcConnection jdbc) || jdbc.getUnderlyingConnection() == null || dialect == null) {
			return TableCatalog.none();
		}
		return new JdbcTableCatalog(jdbc.getUnderlyingConnection(), dialect);
	}

	@Override
	public Map<String, Long> rows(Set<String> tables, long enough) {
		Map<String, Long> rows = new HashMap<>();
		if (tables.isEmpty() || this.dialect == Dialect.H2) {
			return rows;
		}
		try {
			Map<String, String> unknown = new LinkedHashMap<>();
			try (PreparedStatement statement = estimates(tables); ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					String table = result.getString(2).toLowerCase(Locale.ROOT);
					long estimate = result.getLong(3);
					if (result.wasNull() || estimate <= 0) {
						unknown.put(table, quote(result.getString(1)) + "." + quote(result.getString(2)));
					}
					else {
						rows.put(table, estimate);
					}
				}
			}
			for (Map.Entry<String, String> table : unknown.entrySet()) {
				rows.put(table.getKey(), count(table.getValue(), enough));
			}
		}
		catch (SQLException ex) {
			ReadOnlyQueries.rollBackAfter(this.connection, ex);
		}
		return rows;
	}

	@Override
	public ColumnType columnType(String table, String column) {
		LiveColumn live = this.columns.computeIfAbsent(table, this::readColumns).get(column.toLowerCase(Locale.ROOT));
		return (live != null) ? live.type() : null;
	}

	@Override
	public Boolean notNull(String table, String column) {
		LiveColumn live = this.columns.computeIfAbsent(table, this::readColumns).get(column.toLowerCase(Locale.ROOT));
		return (live != null) ? live.notNull() : null;
	}

	@Override
	public SchemaFacts.IndexColumns indexColumns(String index) {
		return this.definitions.indexColumns(index);
	}

	@Override
	public Map<String, Boolean> notNullChecks(String table, String column) {
		if (!this.postgresql) {
			return Map.of();
		}
		Map<String, Boolean> checks = new LinkedHashMap<>();
		try (PreparedStatement statement = this.connection.prepareStatement(POSTGRESQL_NOT_NULL_CHECKS)) {
			statement.setString(1, table);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					if (NotNullChecks.keepsNullsOutOf(result.getString(3), column)) {
						checks.put(result.getString(1), result.getBoolean(2));
					}
				}
			}
		}
		catch (SQLException ex) {
			ReadOnlyQueries.rollBackAfter(this.connection, ex);
		}
		return checks;
	}

	@Override
	public String tableOf(String object) {
		if (!this.postgresql) {
			return null;
		}
		String table = first(POSTGRESQL_INDEX, object);
		return (table != null) ? table : first(POSTGRESQL_DOMAIN, object);
	}

	@Override
	public ConstraintKind constraintKind(String table, String constraint) {
		return this.definitions.constraintKind(table, constraint);
	}

	@Override
	public Volatility volatility(String function) {
		return this.definitions.volatility(function);
	}

	@Override
	public boolean readsLiveSchema() {
		return true;
	}

	private String first(String sql, String parameter) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? result.getString(1).toLowerCase(Locale.ROOT) : null;
			}
		}
		catch (SQLException ex) {
			ReadOnlyQueries.rollBackAfter(this.connection, ex);
			return null;
		}
	}

	private PreparedStatement estimates(Set<String> tables) throws SQLException {
		if (this.postgresql) {
			PreparedStatement statement = this.connection.prepareStatement(POSTGRESQL);
			statement.setArray(1, this.connection.createArrayOf("text", tables.toArray()));
			return statement;
		}
		PreparedStatement statement = this.connection.prepareStatement(
				MYSQL + "(" + String.join(", ", tables.stream().map((table) -> "?").toList()) + ")");
		int index = 1;
		for (String table : tables) {
			statement.setString(index++, table);
		}
		return statement;
	}

	private long count(String table, long enough) throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery(
						"SELECT count(*) FROM (SELECT 1 FROM " + table + " LIMIT " + enough + ") t")) {
			return result.next() ? result.getLong(1) : 0;
		}
	}

	private Map<String, LiveColumn> readColumns(String table) {
		Map<String, LiveColumn> columns = new HashMap<>();
		try {
			DatabaseMetaData metaData = this.connection.getMetaData();
			String catalog = (this.dialect == Dialect.MYSQL) ? this.connection.getCatalog() : null;
			String schema = (this.dialect == Dialect.MYSQL) ? null : this.connection.getSchema();
			try (ResultSet result = metaData.getColumns(catalog, (schema != null) ? escaped(metaData, schema) : null,
					pattern(metaData, table), null)) {
				while (result.next()) {
					columns.put(result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
							new LiveColumn(type(result.getString("TYPE_NAME"), result.getInt("COLUMN_SIZE"),
									result.getInt("DECIMAL_DIGITS")), "NO".equals(result.getString("IS_NULLABLE"))));
				}
			}
		}
		catch (SQLException ex) {
			ReadOnlyQueries.rollBackAfter(this.connection, ex);
		}
		return columns;
	}

	private static ColumnType type(String name, int size, int digits) {
		ColumnType type = ColumnType.parse(name);
		return switch (type.name()) {
			case "varchar", "char" -> (size > 0 && size < UNBOUNDED) ? ColumnType.parse(type.name() + "(" + size + ")") : type;
			case "numeric" -> (size > 0 && size < UNBOUNDED_NUMERIC)
					? ColumnType.parse("numeric(" + size + "," + digits + ")") : type;
			default -> type;
		};
	}

	/**
	 * Returns a table name as a metadata pattern: {@code _} and {@code %} match only themselves,
	 * and the case is the one the database stores unquoted names in.
	 */
	private static String pattern(DatabaseMetaData metaData, String table) throws SQLException {
		return escaped(metaData, metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table);
	}

	/**
	 * Returns a name as it is stored as a metadata pattern that matches only that name.
	 */
	private static String escaped(DatabaseMetaData metaData, String name) throws SQLException {
		String escape = metaData.getSearchStringEscape();
		if (escape == null || escape.isEmpty()) {
			return name;
		}
		return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
	}

	/**
	 * A column as the database has it.
	 */
	private record LiveColumn(ColumnType type, boolean notNull) {

	}

	/**
	 * The databases whose catalogs are read.
	 */
	enum Dialect {

		/** PostgreSQL. */
		POSTGRESQL,

		/** MariaDB and MySQL. */
		MYSQL,

		/** H2: no table sizes. */
		H2

	}

	private String quote(String identifier) {
		String quote = this.postgresql ? "\"" : "`";
		return quote + identifier.replace(quote, quote + quote) + quote;
	}

}
