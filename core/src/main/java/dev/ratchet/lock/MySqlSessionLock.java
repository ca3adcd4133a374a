package dev.ratchet.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * MariaDB's and MySQL's named lock ({@code GET_LOCK}). Names are global to the server, so
 * the name holds the database's.
 */
final class MySqlSessionLock extends SessionLock {

	private static final int MAX_NAME = 64;

	private final Connection connection;

	private final String name;

	MySqlSessionLock(Connection connection, String name) {
		this.connection = connection;
		this.name = (name.length() <= MAX_NAME) ? name
				: "ratchet:" + Long.toHexString(PostgresSessionLock.key(name));
	}

	@Override
	public boolean tryAcquire() throws SQLException {
		return Queries.bool(this.connection, "select get_lock(?, 0) = 1", this.name);
	}

	@Override
	public void release() throws SQLException {
		if (!Queries.bool(this.connection, "select coalesce(release_lock(?) = 1, false)", this.name)) {
			throw new SQLException("RELEASE_LOCK did not release: session " + sessionId()
					+ " did not hold the migration lock");
		}
	}

	@Override
	public boolean heldHere() throws SQLException {
		return Queries.bool(this.connection, "select coalesce(is_used_lock(?) = connection_id(), false)", this.name);
	}

	@Override
	public String sessionId() throws SQLException {
		return Queries.text(this.connection, "select connection_id()");
	}

	@Override
	public Optional<LockHolder> holder() throws SQLException {
		try (PreparedStatement statement = this.connection
			.prepareStatement("select p.ID, p.USER, p.HOST from information_schema.PROCESSLIST p "
					+ "where p.ID = is_used_lock(?)")) {
			statement.setString(1, this.name);
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					return Optional.empty();
				}
				return Optional.of(new LockHolder(
						"session " + row.getLong(1) + " of " + row.getString(2) + " (" + row.getString(3) + ")", null));
			}
		}
	}

	@Override
	public boolean connectedFrom(String host) throws SQLException {
		return Queries.bool(this.connection,
				"select exists (select 1 from information_schema.PROCESSLIST where ID <> connection_id() "
						+ "and (HOST = ? or HOST like concat(?, ':%')))",
				host, host);
	}

}
