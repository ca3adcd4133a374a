package dev.ratchet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL database of a benchmark's own, created on a server and dropped when closed.
 */
final class ScratchDatabase implements AutoCloseable {

	private final String server;

	private final String name;

	private ScratchDatabase(String server, String name) {
		this.server = server;
		this.name = name;
	}

	/**
	 * Creates a new, empty database.
	 * @param server the JDBC URL of a database on the server, credentials included
	 * @return the database
	 * @throws SQLException when it cannot be created
	 */
	static ScratchDatabase create(String server) throws SQLException {
		String name = "ratchet_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(server, "CREATE DATABASE " + name);
		return new ScratchDatabase(server, name);
	}

	/**
	 * Returns the JDBC URL of this database.
	 * @return the URL
	 */
	String url() {
		return this.server.replaceFirst("/[^/?]*(\\?|$)", "/" + this.name + "$1");
	}

	@Override
	public void close() throws SQLException {
		execute(this.server, "DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
