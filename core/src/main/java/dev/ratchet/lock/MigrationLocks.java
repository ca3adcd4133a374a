package dev.ratchet.lock;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;

/**
 * Reads the migration lock of a changelog for the state snapshot.
 */
public final class MigrationLocks {

	private MigrationLocks() {
	}

	/**
	 * Reads who holds a changelog's migration lock: the session holding its session lock,
	 * else the row of Liquibase's lock table.
	 * @param database the database, connected
	 * @param staleAfter how long a lock may be held before it is stale
	 * @param now the current time
	 * @return the lock
	 * @throws Exception when the database cannot be read
	 */
	public static LockState read(Database database, Duration staleAfter, Instant now) throws Exception {
		Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
		Optional<SessionLock> session = SessionLock.of(connection, database.getLiquibaseCatalogName(),
				database.getLiquibaseSchemaName(), database.getDatabaseChangeLogLockTableName());
		Optional<LockHolder> holder = (session.isPresent()) ? session.get().holder() : Optional.empty();
		if (holder.isPresent()) {
			Instant since = holder.get().since();
			return new LockState(true, holder.get().description(), since,
					since != null && since.plus(staleAfter).isBefore(now));
		}
		Optional<TableLock> row = TableLock.read(database);
		if (row.isEmpty()) {
			return LockState.free();
		}
		TableLock lock = row.get();
		return new LockState(true, lock.lockedBy(), lock.granted(),
				lock.stale(session.orElse(null), staleAfter, now));
	}

}
