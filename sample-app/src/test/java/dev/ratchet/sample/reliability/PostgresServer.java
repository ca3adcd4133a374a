package dev.ratchet.sample.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A fresh PostgreSQL database of its own for one test, reachable by the application
 * processes the test starts: on the server named by {@code RATCHET_TEST_POSTGRES_URL}, else
 * in a Testcontainers container where Docker runs; the test is skipped with a visible
 * message when neither is there.
 */
final class PostgresServer implements AutoCloseable {

	static final String URL_VARIABLE = "RATCHET_TEST_POSTGRES_URL";

	private static PostgreSQLContainer container;

	private static Boolean docker;

	private final String serverUrl;

	private final String name;

	private final String url;

	private PostgresServer(String serverUrl, String name) {
		this.serverUrl = serverUrl;
		this.name = name;
		this.url = withDatabase(serverUrl, name);
	}

	/**
	 * Creates a new, empty database.
	 * @return the database; drop it with {@link #close()}
	 */
	static PostgresServer createDatabase() {
		String serverUrl = serverUrl();
		String name = "ratchet_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		run(serverUrl, "CREATE DATABASE " + name);
		return new PostgresServer(serverUrl, name);
	}

	private static synchronized String serverUrl() {
		String configured = System.getenv(URL_VARIABLE);
		if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
			return configured;
		}
		if (container == null) {
			if (!dockerAvailable()) {
				String message = "Reliability tests skipped: set " + URL_VARIABLE
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

	private static void run(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "': " + ex.getMessage(), ex);
		}
	}

	/**
	 * Returns the JDBC URL of this database, credentials included as parameters.
	 * @return the URL
	 */
	String url() {
		return this.url;
	}

	/**
	 * Runs a query on this database.
	 * @param sql the query
	 * @return the first column of every row, as text
	 * @throws SQLException when it fails
	 */
	List<String> query(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	/**
	 * Counts the rows of DATABASECHANGELOG, zero while the table does not exist yet.
	 * @return the number of applied changesets
	 */
	int appliedChangeSets() {
		try {
			return Integer.parseInt(query("select count(*) from databasechangelog").get(0));
		}
		catch (SQLException ex) {
			return 0;
		}
	}

	/**
	 * Returns the tables of the {@code public} schema whose name starts with a prefix.
	 * @param prefix the prefix
	 * @return their names, sorted
	 * @throws SQLException when the query fails
	 */
	List<String> tables(String prefix) throws SQLException {
		return query("select table_name from information_schema.tables where table_schema = 'public' "
				+ "and table_name like '" + prefix + "%' order by table_name");
	}

	@Override
	public void close() {
		run(this.serverUrl, "DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

}
