package dev.ratchet.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LockException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.logging.Logger;

/**
 * Liquibase's lock service for a database whose connection is {@link SessionLocked}: the
 * session lock already excludes every other migration, so no row of the lock table is
 * written, and nothing is left behind when the session dies. A lock in that table taken by
 * a release in {@code table} mode is still waited for, unless it is stale (older than
 * {@code ratchet.lock.stale-after}, or its holder has no session any more) and
 * {@code ratchet.lock.release-stale} is on.
 */
public class SessionLockService implements LockService {

	private static final long RECHECK_MILLIS = 1000;

	private Database database;

	private boolean hasLock;

	@Override
	public int getPriority() {
		return PRIORITY_DATABASE + 1;
	}

	@Override
	public boolean supports(Database database) {
		return underlying(database) instanceof SessionLocked;
	}

	@Override
	public void setDatabase(Database database) {
		this.database = database;
	}

	@Override
	public void setChangeLogLockWaitTime(long changeLogLockWaitTime) {
	}

	@Override
	public void setChangeLogLockRecheckTime(long changeLogLockRecheckTime) {
	}

	@Override
	public boolean hasChangeLogLock() {
		return this.hasLock;
	}

	@Override
	public void waitForLock() throws LockException {
		if (this.hasLock) {
			return;
		}
		SessionLocked locked = (SessionLocked) underlying(this.database);
		LockSettings settings = locked.lockSettings();
		Instant deadline = Instant.now().plus(settings.lockWait());
		try {
			locked.verifyLockHeld();
			while (!tableLockFree(settings)) {
				if (Instant.now().isAfter(deadline)) {
					Optional<TableLock> row = TableLock.read(this.database);
					throw new LockException("Could not acquire change log lock.  Currently locked by "
							+ row.map(TableLock::lockedBy).orElse("UNKNOWN") + " since "
							+ row.map(TableLock::granted).orElse(null)
							+ " (in the lock table, by a release that locks with it)");
				}
				Thread.sleep(RECHECK_MILLIS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LockException(ex);
		}
		catch (LockException ex) {
			throw ex;
		}
		catch (SQLException ex) {
			throw new LockException(ex.getMessage(), ex);
		}
		catch (Exception ex) {
			throw new LockException(ex);
		}
		this.hasLock = true;
	}

	private boolean tableLockFree(LockSettings settings) throws Exception {
		Optional<TableLock> row = TableLock.read(this.database);
		if (row.isEmpty()) {
			return true;
		}
		TableLock lock = row.get();
		if (!settings.releaseStale()) {
			return false;
		}
		Optional<SessionLock> sessions = SessionLock.of(connection(), this.database.getLiquibaseCatalogName(),
				this.database.getLiquibaseSchemaName(), this.database.getDatabaseChangeLogLockTableName());
		String reason = null;
		if (lock.olderThan(settings.staleAfter(), Instant.now())) {
			reason = "it is older than ratchet.lock.stale-after (" + settings.staleAfter() + ")";
		}
		else if (sessions.isPresent() && lock.holderGone(sessions.get())) {
			reason = "no session of the database comes from its holder any more";
		}
		if (reason == null) {
			return false;
		}
		log().warning("Releasing the Liquibase changelog lock held by " + lock.lockedBy() + " since "
				+ lock.granted() + " (ratchet.lock.release-stale=true): " + reason);
		TableLock.release(this.database);
		return true;
	}

	@Override
	public boolean acquireLock() {
		this.hasLock = true;
		return true;
	}

	@Override
	public void releaseLock() {
		this.hasLock = false;
	}

	@Override
	public DatabaseChangeLogLock[] listLocks() {
		return new DatabaseChangeLogLock[0];
	}

	@Override
	public void forceReleaseLock() {
		this.hasLock = false;
	}

	@Override
	public void reset() {
		this.hasLock = false;
	}

	@Override
	public void init() {
	}

	@Override
	public void destroy() {
	}

	private Connection connection() {
		return underlying(this.database);
	}

	private static Connection underlying(Database database) {
		return (database != null && database.getConnection() instanceof JdbcConnection jdbc)
				? jdbc.getUnderlyingConnection() : null;
	}

	private static Logger log() {
		return Scope.getCurrentScope().getLog(SessionLockService.class);
	}

}
