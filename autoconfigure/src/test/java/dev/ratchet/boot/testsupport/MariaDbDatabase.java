package dev.ratchet.boot.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh MariaDB database of its own for one test, on the server named by
 * {@code RATCHET_TEST_MARIADB_URL}; the test is skipped with a visible message when the
 * variable is not set.
 */
public final class MariaDbDatabase implements SqlDatabase {

	/** The environment variable naming the server. */
	public static final String URL_VARIABLE = "RATCHET_TEST_MARIADB_URL";

	private final String serverUrl;

	private final String name;

	private final String url;

	private MariaDbDatabase(String serverUrl, String name) {
		this.serverUrl = serverUrl;
		this.name = name;
		this.url = withDatabase(serverUrl, name);
	}

	/**
	 * Creates a new, empty database.
	 * @return the database; drop it with {@link #close()}
	 */
	public static MariaDbDatabase create() {
		String serverUrl = System.getenv(URL_VARIABLE);
		if (serverUrl == null || serverUrl.isBlank()) {
			String message = "MariaDB tests skipped: set " + URL_VARIABLE
					+ " (e.g. jdbc:mariadb://127.0.0.1:3306/test?user=root)";
			System.err.println(message);
			Assumptions.abort(message);
		}
		String name = "ratchet_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		execute(serverUrl, "CREATE DATABASE " + name);
		return new MariaDbDatabase(serverUrl, name);
	}

	private static String withDatabase(String serverUrl, String database) {
		int query = serverUrl.indexOf('?');
		String base = (query >= 0) ? serverUrl.substring(0, query) : serverUrl;
		String parameters = (query >= 0) ? serverUrl.substring(query) : "";
		int slash = base.lastIndexOf('/');
		String host = (slash > "jdbc:mariadb://".length()) ? base.substring(0, slash) : base;
		return host + "/" + database + parameters;
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not run '" + sql + "' on " + url.replaceAll("password=[^&]*", "password=***"), ex);
		}
	}

	/**
	 * Returns the JDBC URL of this database, credentials included as parameters.
	 * @return the URL
	 */
	@Override
	public String url() {
		return this.url;
	}

	/**
	 * Returns this database's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	@Override
	public void close() {
		execute(this.serverUrl, "DROP DATABASE IF EXISTS " + this.name);
	}

}
