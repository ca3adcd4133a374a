package dev.ratchet;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases whose sessions Ratchet configures and locks itself.
 */
public enum DatabaseProduct {

	/** PostgreSQL. */
	POSTGRESQL,

	/** MariaDB, also behind MySQL's driver. */
	MARIADB,

	/** MySQL. */
	MYSQL;

	/**
	 * Returns the product a connection is open on.
	 * @param connection the connection
	 * @return the product, or empty for any other database
	 * @throws SQLException when the connection's metadata cannot be read
	 */
	public static Optional<DatabaseProduct> of(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
		String version = String.valueOf(metaData.getDatabaseProductVersion()).toLowerCase(Locale.ROOT);
		if (product.contains("postgres")) {
			return Optional.of(POSTGRESQL);
		}
		if (product.contains("mariadb") || (product.contains("mysql") && version.contains("mariadb"))) {
			return Optional.of(MARIADB);
		}
		return product.contains("mysql") ? Optional.of(MYSQL) : Optional.empty();
	}

}
