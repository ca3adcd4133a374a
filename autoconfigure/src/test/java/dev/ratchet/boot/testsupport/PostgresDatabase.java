package dev.ratchet.boot.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A fresh PostgreSQL database of its own for one test: on the server named by
 * {@code RATCHET_TEST_POSTGRES_URL}, else in a Testcontainers container where Docker
 * runs; the test is skipped with a visible message when neither is there.
 */
public final class PostgresDatabase implements SqlDatabase {

	/** The environment variable naming the server. */
	public static final String URL_VARIABLE = "RATCHET_TEST_POSTGRES_URL";

	private static PostgreSQLContainer container;

	private static Boolean docker;

	private final String serverUrl;

	private final String name;

	private final String url;

	private PostgresDatabase(String serverUrl, String name) {
		this.serverUrl = serverUrl;
		this.name = name;
		this.url = withDatabase(serverUrl, name);
	}

	/**
	 * Creates a new, empty database.
	 * @return the database; drop it with {@link #close()}
	 */
	public static PostgresDatabase create() {
		String serverUrl = serverUrl();
		String name = "ratchet_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		execute(serverUrl, "CREATE DATABASE " + name);
		return new PostgresDatabase(serverUrl, name);
	}

	private static synchronized String serverUrl() {
		String configured = System.getenv(URL_VARIABLE);
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		if (container == null) {
			if (!dockerAvailable()) {
				String message = "PostgreSQL tests skipped: set " + URL_VARIABLE
						+ " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or run Docker";
				System.err.println(message);
				Assumptions.abort(message);
			}
			container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
		}
		return container.getJdbcUrl() + "&user=" + container.getUsername() + "&password=" + container.getPassword();
	}

	private static boolean dockerAvailable() {
		if (docker == null) {
			try {
				docker = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				docker = false;
			}
		}
		return docker;
	}

	private static String withDatabase(String serverUrl, String database) {
		int query = serverUrl.indexOf('?');
		String base = (query >= 0) ? serverUrl.substring(0, query) : serverUrl;
		String parameters = (query >= 0) ? serverUrl.substring(query) : "";
		int slash = base.lastIndexOf('/');
		String host = (slash > "jdbc:postgresql://".length()) ? base.substring(0, slash) : base;
		return host + "/" + database + parameters;
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url.replaceAll("password=[^&]*", "password=***"), ex);
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
		return this.name.toLowerCase(Locale.ROOT);
	}

	@Override
	public void close() {
		execute(this.serverUrl, "DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

}
