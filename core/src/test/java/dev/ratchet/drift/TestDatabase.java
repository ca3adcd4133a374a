package dev.ratchet.drift;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away database for one test: in-memory H2 always; PostgreSQL and MariaDB when
 * {@code RATCHET_TEST_POSTGRES_URL} / {@code RATCHET_TEST_MARIADB_URL} point at a server,
 * otherwise the test is skipped with a message. Closing it drops the database.
 */
final class TestDatabase implements AutoCloseable {

	/**
	 * The databases the drift tests run on.
	 */
	enum Engine {

		H2(null, null),

		POSTGRESQL("RATCHET_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),

		MARIADB("RATCHET_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

		private final String variable;

		private final String example;

		Engine(String variable, String example) {
			this.variable = variable;
			this.example = example;
		}

		String resource(String name) {
			return "drift/" + name().toLowerCase(Locale.ROOT) + "/" + name;
		}

	}

	private final Engine engine;

	private final String name;

	private final Connection connection;

	private final Connection admin;

	private TestDatabase(Engine engine, String name, Connection connection, Connection admin) {
		this.engine = engine;
		this.name = name;
		this.connection = connection;
		this.admin = admin;
	}

	/**
	 * Creates a new, empty database, or aborts the test when the engine's server is not
	 * configured.
	 */
	static TestDatabase create(Engine engine) throws SQLException {
		String name = "ratchet_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		return switch (engine) {
			case H2 -> new TestDatabase(engine, name, DriverManager.getConnection("jdbc:h2:mem:" + name), null);
			case POSTGRESQL -> postgresql(name, serverUrl(engine));
			case MARIADB -> mariadb(name, serverUrl(engine));
		};
	}

	private static TestDatabase postgresql(String name, String url) throws SQLException {
		Connection admin = DriverManager.getConnection(url);
		try {
			execute(admin, "create database " + name);
			return new TestDatabase(Engine.POSTGRESQL, name, DriverManager.getConnection(withDatabase(url, name)),
					admin);
		}
		catch (SQLException ex) {
			admin.close();
			throw ex;
		}
	}

	private static TestDatabase mariadb(String name, String url) throws SQLException {
		Connection connection = DriverManager.getConnection(url);
		execute(connection, "create database " + name);
		connection.setCatalog(name);
		return new TestDatabase(Engine.MARIADB, name, connection, null);
	}

	private static String serverUrl(Engine engine) {
		String url = System.getenv(engine.variable);
		if (url == null || url.isBlank()) {
			String message = engine + " tests skipped: set " + engine.variable + " (e.g. " + engine.example + ")";
			System.err.println(message);
			Assumptions.abort(message);
		}
		return url;
	}

	static String withDatabase(String url, String database) {
		int host = url.indexOf("//") + 2;
		int query = url.indexOf('?', host);
		int end = (query >= 0) ? query : url.length();
		int path = url.indexOf('/', host);
		int start = (path >= 0 && path < end) ? path : end;
		return url.substring(0, start) + "/" + database + url.substring(end);
	}

	Engine engine() {
		return this.engine;
	}

	String name() {
		return this.name;
	}

	Connection connection() {
		return this.connection;
	}

	/**
	 * Runs statements, in order.
	 */
	void execute(String... statements) throws SQLException {
		for (String statement : statements) {
			execute(this.connection, statement);
		}
	}

	/**
	 * Runs the statements of this engine's script {@code drift/<engine>/<name>}, separated by
	 * semicolons at the end of a line.
	 */
	void run(String script) throws SQLException, IOException {
		String resource = this.engine.resource(script);
		try (InputStream input = TestDatabase.class.getClassLoader().getResourceAsStream(resource)) {
			if (input == null) {
				throw new IllegalStateException("No script " + resource);
			}
			for (String statement : new String(input.readAllBytes(), StandardCharsets.UTF_8).split(";\\s*\\n")) {
				if (!statement.isBlank()) {
					execute(this.connection, statement.trim());
				}
			}
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Override
	public void close() throws SQLException {
		switch (this.engine) {
			case H2 -> this.connection.close();
			case POSTGRESQL -> {
				this.connection.close();
				try (Connection server = this.admin) {
					execute(server, "drop database " + this.name + " with (force)");
				}
			}
			case MARIADB -> {
				try (Connection server = this.connection) {
					execute(server, "drop database " + this.name);
				}
			}
		}
	}

}
