package dev.ratchet.fleet;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.ratchet.DatabaseProduct;

/**
 * Ratchet's table of instances ({@code ratchet.fleet.table}), created by Ratchet outside the
 * changelog like Liquibase's own tables: one row per instance, its heartbeat as epoch
 * milliseconds, what it maps as one line per table and column, sorted.
 */
public final class FleetTable {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	private final String name;

	/**
	 * Creates a new instance.
	 * @param name the table's name, a plain identifier
	 * @throws IllegalArgumentException when the name is not a plain identifier
	 */
	public FleetTable(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("ratchet.fleet.table must be a plain table name (letters, digits and "
					+ "underscores), not '" + name + "'");
		}
		this.name = name;
	}

	/**
	 * Returns the table's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns whether the table exists in the connection's schema.
	 * @param connection the connection
	 * @return whether it exists
	 * @throws SQLException when the catalog cannot be read
	 */
	public boolean exists(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		for (String candidate : List.of(this.name, this.name.toLowerCase(Locale.ROOT),
				this.name.toUpperCase(Locale.ROOT))) {
			String pattern = candidate.replace("_", metaData.getSearchStringEscape() + "_");
			try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), pattern,
					new String[] { "TABLE" })) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Creates the table unless it exists; a user who may write but not create it can use
	 * one created by another.
	 * @param connection the connection, in auto-commit mode
	 * @throws SQLException when it cannot be created
	 */
	public void create(Connection connection) throws SQLException {
		if (exists(connection)) {
			return;
		}
		String text = DatabaseProduct.of(connection)
			.map((product) -> (product == DatabaseProduct.POSTGRESQL) ? "text" : "mediumtext")
			.orElse("clob");
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists " + this.name + " (instance_id varchar(64) not null primary key, "
					+ "application varchar(255), version varchar(255), host varchar(255), started_at bigint, "
					+ "last_seen bigint, mapped " + text + ")");
		}
	}

	/**
	 * Records an instance, or its heartbeat when it is recorded already.
	 * @param connection the connection, in auto-commit mode
	 * @param instance the instance, with its last heartbeat
	 * @throws SQLException when the table cannot be written
	 */
	public void record(Connection connection, FleetInstance instance) throws SQLException {
		try (PreparedStatement update = connection
			.prepareStatement("update " + this.name + " set last_seen = ? where instance_id = ?")) {
			update.setLong(1, instance.lastSeen().toEpochMilli());
			update.setString(2, instance.id());
			if (update.executeUpdate() > 0) {
				return;
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("insert into " + this.name
				+ " (instance_id, application, version, host, started_at, last_seen, mapped) values (?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, instance.id());
			insert.setString(2, instance.application());
			insert.setString(3, instance.version());
			insert.setString(4, instance.host());
			insert.setLong(5, instance.startedAt().toEpochMilli());
			insert.setLong(6, instance.lastSeen().toEpochMilli());
			insert.setString(7, String.join("\n", new TreeSet<>(instance.mapped())));
			insert.executeUpdate();
		}
	}

	/**
	 * Removes an instance, as it does on a graceful shutdown.
	 * @param connection the connection, in auto-commit mode
	 * @param id the instance's id
	 * @throws SQLException when the table cannot be written
	 */
	public void remove(Connection connection, String id) throws SQLException {
		try (PreparedStatement delete = connection
			.prepareStatement("delete from " + this.name + " where instance_id = ?")) {
			delete.setString(1, id);
			delete.executeUpdate();
		}
	}

	/**
	 * Removes the rows of instances last seen before a time.
	 * @param connection the connection, in auto-commit mode
	 * @param before the time, now minus {@code ratchet.fleet.forget-after}
	 * @return how many were removed
	 * @throws SQLException when the table cannot be written
	 */
	public int purge(Connection connection, Instant before) throws SQLException {
		try (PreparedStatement delete = connection
			.prepareStatement("delete from " + this.name + " where last_seen < ?")) {
			delete.setLong(1, before.toEpochMilli());
			return delete.executeUpdate();
		}
	}

	/**
	 * Reads every recorded instance.
	 * @param connection the connection
	 * @return the instances, live or not
	 * @throws SQLException when the table cannot be read, or does not exist
	 */
	public List<FleetInstance> read(Connection connection) throws SQLException {
		List<FleetInstance> instances = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select instance_id, application, version, host, started_at, "
						+ "last_seen, mapped from " + this.name)) {
			while (rows.next()) {
				String mapped = rows.getString(7);
				Set<String> keys = (mapped != null && !mapped.isEmpty())
						? new LinkedHashSet<>(Arrays.asList(mapped.split("\n"))) : Set.of();
				instances.add(new FleetInstance(rows.getString(1), rows.getString(2), rows.getString(3),
						rows.getString(4), Instant.ofEpochMilli(rows.getLong(5)), Instant.ofEpochMilli(rows.getLong(6)),
						keys));
			}
		}
		return instances;
	}

}
