package dev.ratchet.lint.oracle;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The catalog, statistics and lock queries of the oracle. None of them touches a user
 * table, so they add no scan and take no lock on one.
 */
final class Catalog {

	private static final String TABLES = """
			select c.oid::bigint, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = ? and c.relkind in ('r', 'p', 'm') order by c.relname""";

	private static final String LOCKABLE = """
			select c.oid::bigint from pg_class c where c.oid::bigint = any(?) and c.relkind in ('r', 'p')""";

	private static final String STATES = """
			select c.oid::bigint, c.relname, c.relfilenode::bigint, coalesce(s.seq_scan, 0), coalesce(s.idx_scan, 0)
			from pg_class c left join %s s on s.relid = c.oid where c.oid::bigint = any(?)""";

	private static final String INDEXES = """
			select i.indrelid::bigint, i.indexrelid::bigint, c.relname, c.relfilenode::bigint,
			exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.conrelid = i.indrelid
			and k.contype in ('p', 'u', 'x'))
			from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid::bigint = any(?)""";

	private static final String LOCKS = """
			select l.relation::bigint, l.mode, l.granted, a.wait_event_type from pg_stat_activity a
			left join pg_locks l on l.pid = a.pid and l.locktype = 'relation' and l.relation::bigint = any(?)
			and l.mode <> 'SIReadLock' where a.pid = ?""";

	private static final String FLUSH = """
			select case when has_function_privilege('pg_stat_force_next_flush()', 'execute')
			then (select true from pg_stat_force_next_flush()) else false end""";

	/**
	 * Where scan counts come from.
	 */
	enum Statistics {

		/**
		 * {@code pg_stat_xact_user_tables}: the scans of the current transaction, read on its
		 * own connection.
		 */
		TRANSACTION("pg_stat_xact_user_tables"),

		/**
		 * {@code pg_stat_user_tables}: the scans that backends have flushed.
		 */
		FLUSHED("pg_stat_user_tables");

		private final String view;

		Statistics(String view) {
			this.view = view;
		}

	}

	/**
	 * The relation locks of one backend on some tables at one moment.
	 *
	 * @param locks the strongest mode held or requested per table oid
	 * @param waiting whether the backend waits for a lock of any kind
	 */
	record Locks(Map<Long, LockMode> locks, boolean waiting) {

	}

	private Catalog() {
	}

	/**
	 * Returns the relations of a list that {@code LOCK TABLE} takes: tables, not materialized
	 * views.
	 */
	static Collection<TableState> lockable(Connection connection, Collection<TableState> relations)
			throws SQLException {
		Set<Long> tables = new HashSet<>();
		try (PreparedStatement statement = connection.prepareStatement(LOCKABLE)) {
			statement.setArray(1, connection.createArrayOf("bigint",
					relations.stream().map(TableState::oid).toArray()));
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					tables.add(result.getLong(1));
				}
			}
		}
		return relations.stream().filter((relation) -> tables.contains(relation.oid())).toList();
	}

	/**
	 * The tables, partitioned tables and materialized views of a schema: name by oid.
	 */
	static Map<Long, String> tables(Connection connection, String schema) throws SQLException {
		Map<Long, String> tables = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					tables.put(rows.getLong(1), rows.getString(2));
				}
			}
		}
		return tables;
	}

	/**
	 * The state of those of the tables that still exist, by oid, as the connection sees it.
	 */
	static Map<Long, TableState> states(Connection connection, Collection<Long> oids, Statistics statistics)
			throws SQLException {
		Map<Long, Map<Long, TableState.Index>> indexes = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
			statement.setArray(1, oids(connection, oids));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					TableState.Index index = new TableState.Index(rows.getLong(2), rows.getString(3), rows.getLong(4),
							rows.getBoolean(5));
					indexes.computeIfAbsent(rows.getLong(1), (table) -> new HashMap<>()).put(index.oid(), index);
				}
			}
		}
		Map<Long, TableState> states = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(STATES.formatted(statistics.view))) {
			statement.setArray(1, oids(connection, oids));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					long oid = rows.getLong(1);
					states.put(oid, new TableState(oid, rows.getString(2), rows.getLong(3), rows.getLong(4),
							rows.getLong(5), indexes.getOrDefault(oid, Map.of())));
				}
			}
		}
		return states;
	}

	/**
	 * The relation locks that a backend holds or waits for on the tables, and whether it
	 * waits for any lock.
	 */
	static Locks locks(Connection connection, int pid, Collection<Long> oids) throws SQLException {
		Map<Long, LockMode> locks = new HashMap<>();
		boolean waiting = false;
		try (PreparedStatement statement = connection.prepareStatement(LOCKS)) {
			statement.setArray(1, oids(connection, oids));
			statement.setInt(2, pid);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					waiting |= "Lock".equals(rows.getString(4));
					String mode = rows.getString(2);
					if (mode != null) {
						locks.merge(rows.getLong(1), LockMode.of(mode), LockMode::strongest);
						waiting |= !rows.getBoolean(3);
					}
				}
			}
		}
		return new Locks(locks, waiting);
	}

	/**
	 * Makes the connection's backend flush its pending statistics as it goes idle, which it
	 * does before the query returns; {@code false} when it may not (no superuser).
	 */
	static boolean flushStatistics(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(FLUSH)) {
			return row.next() && row.getBoolean(1);
		}
	}

	private static Array oids(Connection connection, Collection<Long> oids) throws SQLException {
		return connection.createArrayOf("int8", oids.toArray());
	}

}
