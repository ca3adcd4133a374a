package dev.ratchet.boot.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An in-memory H2 database of its own for one test, kept until {@link #close()}.
 */
public final class H2Database implements SqlDatabase {

	private final String url;

	private final Connection keepAlive;

	private H2Database(String url) {
		this.url = url;
		try {
			this.keepAlive = DriverManager.getConnection(url);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Creates a new, empty database.
	 * @return the database
	 */
	public static H2Database create() {
		return new H2Database("jdbc:h2:mem:ratchet_" + UUID.randomUUID().toString().replace("-", "") + ";USER=sa");
	}

	@Override
	public String url() {
		return this.url;
	}

	@Override
	public void execute(String... statements) throws SQLException {
		try (Statement statement = this.keepAlive.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	@Override
	public List<String> query(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = this.keepAlive.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	@Override
	public void close() {
		try {
			this.keepAlive.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
