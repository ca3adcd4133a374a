package dev.ratchet.lint.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.ratchet.lint.sql.ConstraintKind;
import dev.ratchet.lint.sql.SchemaFacts;
import dev.ratchet.lint.sql.Volatility;

/**
 * Reads definitions from the catalog of the database an update runs on, each once: the kind
 * of a constraint (PostgreSQL {@code pg_constraint}, else
 * {@code information_schema.TABLE_CONSTRAINTS}), the volatility of a function and the
 * columns of an index (PostgreSQL {@code pg_proc}, {@code pg_index}). A failed query is rolled back so the update's connection
 * stays usable.
 */
final class JdbcDefinitions {

	private static final String POSTGRESQL_CONSTRAINT = "SELECT k.contype FROM pg_constraint k "
			+ "JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
			+ "WHERE n.nspname = ANY (current_schemas(false)) AND lower(t.relname) = ? AND lower(k.conname) = ?";

	private static final String STANDARD_CONSTRAINT = "SELECT CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS "
			+ "WHERE LOWER(TABLE_NAME) = ? AND LOWER(CONSTRAINT_NAME) = ? AND TABLE_SCHEMA = ";

	private static final String POSTGRESQL_VOLATILITY = "SELECT max(p.provolatile::text) FROM pg_proc p "
			+ "JOIN pg_namespace n ON n.oid = p.pronamespace "
			+ "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND lower(p.proname) = ?";

	private final Connection connection;

	private final JdbcTableCatalog.Dialect dialect;

	private static final String POSTGRESQL_INDEX_COLUMNS = "SELECT lower(t.relname), lower(a.attname) FROM pg_index x "
			+ "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
			+ "JOIN pg_namespace n ON n.oid = i.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid "
			+ "AND a.attnum = ANY (x.indkey) WHERE n.nspname = ANY (current_schemas(false)) AND lower(i.relname) = ?";

	private final Map<String, Optional<ConstraintKind>> constraints = new HashMap<>();

	private final Map<String, Optional<Volatility>> volatilities = new HashMap<>();

	JdbcDefinitions(Connection connection, JdbcTableCatalog.Dialect dialect) {
		this.connection = connection;
		this.dialect = dialect;
	}

	ConstraintKind constraintKind(String table, String constraint) {
		return this.constraints.computeIfAbsent(table + "." + constraint,
				(key) -> Optional.ofNullable(ConstraintKind.ofCatalogType(first(constraintQuery(), table, constraint))))
			.orElse(null);
	}

	Volatility volatility(String function) {
		if (this.dialect != JdbcTableCatalog.Dialect.POSTGRESQL) {
			return null;
		}
		return this.volatilities.computeIfAbsent(function,
				(key) -> Optional.ofNullable(Volatility.ofCatalogCode(first(POSTGRESQL_VOLATILITY, function))))
			.orElse(null);
	}

	SchemaFacts.IndexColumns indexColumns(String index) {
		if (this.dialect != JdbcTableCatalog.Dialect.POSTGRESQL) {
			return null;
		}
		String table = null;
		List<String> columns = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(POSTGRESQL_INDEX_COLUMNS)) {
			statement.setString(1, index.toLowerCase(Locale.ROOT));
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					table = result.getString(1);
					columns.add(result.getString(2));
				}
			}
		}
		catch (SQLException ex) {
			ReadOnlyQueries.rollBackAfter(this.connection, ex);
			return null;
		}
		return (table != null) ? new SchemaFacts.IndexColumns(table, columns) : null;
	}

	private String constraintQuery() {
		return switch (this.dialect) {
			case POSTGRESQL -> POSTGRESQL_CONSTRAINT;
			case MYSQL -> STANDARD_CONSTRAINT + "DATABASE()";
			case H2 -> STANDARD_CONSTRAINT + "SCHEMA()";
		};
	}

	private String first(String sql, String... parameters) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i].toLowerCase(Locale.ROOT));
			}
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? result.getString(1) : null;
			}
		}
		catch (SQLException ex) {
			ReadOnlyQueries.rollBackAfter(this.connection, ex);
			return null;
		}
	}

}
