package dev.ratchet.drift;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tables and columns of one schema with a single
 * {@link DatabaseMetaData#getColumns} call, never one query per table. Works on
 * PostgreSQL, H2 and MariaDB (where a database is a catalog). Views are read like tables:
 * their columns cannot be told apart without a second query, and an entity may map a view.
 * A table without any column is not seen.
 */
public final class SchemaReader {

	private static final String YES = "YES";

	private SchemaReader() {
	}

	/**
	 * Reads the connection's current schema: its current catalog and schema, which is the
	 * current database on MariaDB and MySQL (where the schema is {@code null}) and the
	 * current schema of the current database on PostgreSQL and H2.
	 * @param connection an open connection
	 * @return the live schema
	 * @throws SQLException if the metadata cannot be read
	 */
	public static LiveSchema read(Connection connection) throws SQLException {
		return columns(connection.getMetaData(), connection.getCatalog(), currentSchema(connection));
	}

	/**
	 * Reads one schema. Names are used as the database stores them; an unquoted name
	 * written all in the other case is folded to the case the database stores unquoted
	 * names in ({@code public} finds H2's {@code PUBLIC}).
	 * @param connection an open connection
	 * @param catalog the catalog (the database on MariaDB and MySQL), or {@code null} for any
	 * @param schema the schema, or {@code null} for any (on MariaDB and MySQL)
	 * @return the live schema
	 * @throws SQLException if the metadata cannot be read
	 */
	public static LiveSchema read(Connection connection, String catalog, String schema) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		return columns(metaData, MetaDataNames.stored(metaData, catalog), MetaDataNames.stored(metaData, schema));
	}

	/**
	 * Reads only some tables of the connection's current schema, with one metadata query
	 * per table: for a few tables of a large schema. A table that does not exist is left
	 * out of the result.
	 * @param connection an open connection
	 * @param tables the table names, as written in a changelog
	 * @return the live schema of those tables
	 * @throws SQLException if the metadata cannot be read
	 */
	public static LiveSchema readTables(Connection connection, Collection<String> tables) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String schema = MetaDataNames.exactPattern(metaData, currentSchema(connection));
		Map<String, String> tableNames = new LinkedHashMap<>();
		Map<String, Map<String, LiveColumn>> columns = new HashMap<>();
		for (String table : tables) {
			String pattern = MetaDataNames.exactPattern(metaData, MetaDataNames.stored(metaData, table));
			try (ResultSet rows = metaData.getColumns(connection.getCatalog(), schema, pattern, "%")) {
				collect(rows, tableNames, columns);
			}
		}
		return schema(tableNames, columns);
	}

	private static LiveSchema columns(DatabaseMetaData metaData, String catalog, String schema) throws SQLException {
		Map<String, String> tableNames = new LinkedHashMap<>();
		Map<String, Map<String, LiveColumn>> columns = new HashMap<>();
		try (ResultSet rows = metaData.getColumns(catalog, MetaDataNames.exactPattern(metaData, schema), "%", "%")) {
			collect(rows, tableNames, columns);
		}
		return schema(tableNames, columns);
	}

	private static void collect(ResultSet rows, Map<String, String> tableNames,
			Map<String, Map<String, LiveColumn>> columns) throws SQLException {
		Set<String> labels = labels(rows.getMetaData());
		while (rows.next()) {
			String table = rows.getString("TABLE_NAME");
			String key = table.toLowerCase(Locale.ROOT);
			tableNames.putIfAbsent(key, table);
			LiveColumn column = column(rows, labels);
			columns.computeIfAbsent(key, (name) -> new HashMap<>())
				.putIfAbsent(column.name().toLowerCase(Locale.ROOT), column);
		}
	}

	private static LiveSchema schema(Map<String, String> tableNames, Map<String, Map<String, LiveColumn>> columns) {
		Map<String, LiveTable> tables = new HashMap<>();
		tableNames.forEach((key, name) -> tables.put(key, new LiveTable(name, columns.get(key))));
		return new LiveSchema(tables);
	}

	private static LiveColumn column(ResultSet row, Set<String> labels) throws SQLException {
		String defaultValue = row.getString("COLUMN_DEF");
		boolean generated = YES.equalsIgnoreCase(optional(row, labels, "IS_AUTOINCREMENT"))
				|| YES.equalsIgnoreCase(optional(row, labels, "IS_GENERATEDCOLUMN"));
		boolean hasDefault = (defaultValue != null && !"NULL".equalsIgnoreCase(defaultValue.trim())) || generated;
		return new LiveColumn(row.getString("COLUMN_NAME"), row.getString("TYPE_NAME"), row.getInt("DATA_TYPE"),
				size(row), integer(row, "DECIMAL_DIGITS"), row.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
				hasDefault);
	}

	private static Integer size(ResultSet row) throws SQLException {
		long size = row.getLong("COLUMN_SIZE");
		return row.wasNull() ? null : (int) Math.min(size, Integer.MAX_VALUE);
	}

	private static Integer integer(ResultSet row, String label) throws SQLException {
		int value = row.getInt(label);
		return row.wasNull() ? null : value;
	}

	private static String optional(ResultSet row, Set<String> labels, String label) throws SQLException {
		return labels.contains(label) ? row.getString(label) : null;
	}

	private static Set<String> labels(ResultSetMetaData metaData) throws SQLException {
		Set<String> labels = new HashSet<>();
		for (int i = 1; i <= metaData.getColumnCount(); i++) {
			labels.add(metaData.getColumnLabel(i).toUpperCase(Locale.ROOT));
		}
		return labels;
	}

	private static String currentSchema(Connection connection) {
		try {
			return connection.getSchema();
		}
		catch (SQLException | AbstractMethodError ex) {
			return null;
		}
	}

}
