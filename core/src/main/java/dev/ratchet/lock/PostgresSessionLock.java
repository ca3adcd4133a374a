package dev.ratchet.lock;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/**
 * PostgreSQL's session-level advisory lock, its key a 64-bit hash of the lock's name.
 */
final class PostgresSessionLock extends SessionLock {

	private static final String HOLDER = """
			select a.pid, a.application_name, host(a.client_addr), a.backend_start
			from pg_locks l join pg_stat_activity a on a.pid = l.pid
			where l.locktype = 'advisory' and l.granted and l.objsubid = 1
			and l.database = (select oid from pg_database where datname = current_database())
			and l.classid::bigint = ? and l.objid::bigint = ?""";

	private final Connection connection;

	private final long key;

	PostgresSessionLock(Connection connection, String name) {
		this.connection = connection;
		this.key = key(name);
	}

	/**
	 * Hashes a name to an advisory lock key (64-bit FNV-1a).
	 * @param name the name
	 * @return the key
	 */
	static long key(String name) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	@Override
	public boolean tryAcquire() throws SQLException {
		return Queries.bool(this.connection, "select pg_try_advisory_lock(?)", this.key);
	}

	@Override
	public void release() throws SQLException {
		if (!Queries.bool(this.connection, "select pg_advisory_unlock(?)", this.key)) {
			throw new SQLException("pg_advisory_unlock returned false: session " + sessionId()
					+ " did not hold the migration lock");
		}
	}

	@Override
	public boolean heldHere() throws SQLException {
		return Queries.bool(this.connection, "select exists (select 1 from pg_locks where locktype = 'advisory' "
				+ "and granted and pid = pg_backend_pid() and objsubid = 1 and classid::bigint = ? "
				+ "and objid::bigint = ?)", this.key >>> 32, this.key & 0xffffffffL);
	}

	@Override
	public String sessionId() throws SQLException {
		return Queries.text(this.connection, "select pg_backend_pid()");
	}

	@Override
	public Optional<LockHolder> holder() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(HOLDER)) {
			statement.setLong(1, this.key >>> 32);
			statement.setLong(2, this.key & 0xffffffffL);
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					return Optional.empty();
				}
				Timestamp started = row.getTimestamp(4);
				return Optional.of(new LockHolder(describe(row.getInt(1), row.getString(2), row.getString(3)),
						(started != null) ? started.toInstant() : null));
			}
		}
	}

	private static String describe(int pid, String application, String address) {
		StringBuilder description = new StringBuilder("session ").append(pid);
		if (application != null && !application.isEmpty()) {
			description.append(" of ").append(application);
		}
		return description.append(" (").append((address != null) ? address : "local").append(")").toString();
	}

	@Override
	public boolean connectedFrom(String host) throws SQLException {
		return Queries.bool(this.connection,
				"select exists (select 1 from pg_stat_activity where pid <> pg_backend_pid() "
						+ "and (host(client_addr) = ? or client_hostname = ?))",
				host, host);
	}

}
