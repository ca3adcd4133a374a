package dev.ratchet.boot.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

import dev.ratchet.lock.LockHolder;
import dev.ratchet.lock.SessionLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The data source a {@code SpringLiquibase} bean migrates with during the boot-time update.
 * Its connections can hold their commits back ({@link HeldCommits}), so a changeset and its
 * DATABASECHANGELOG row commit together where DDL is transactional.
 * Each connection it hands out first takes the migration's session lock (in
 * {@link LockMode#SESSION session} mode, on PostgreSQL, MariaDB and MySQL), waiting for it
 * as long as {@code ratchet.migration.lock-wait}, so everything Liquibase does on it,
 * creating its own tables included, runs while no other instance migrates; then it gets the
 * lock and statement timeouts of {@code ratchet.online.*}. Closing it rolls back what is
 * open, puts the session's values back and releases the lock, so a connection borrowed from
 * the application's pool returns to it as it came, and no other connection is touched; one
 * whose lock could not be released is evicted from the pool instead
 * ({@link SessionConnection}).
 */
public final class MigrationSession extends DelegatingDataSource {

	private static final Log logger = LogFactory.getLog(MigrationSession.class);

	private static final long RECHECK_MILLIS = 500;

	private final MigrationTimeouts timeouts;

	private final MigrationLock lock;

	private MigrationSession(DataSource dataSource, MigrationTimeouts timeouts, MigrationLock lock) {
		super(dataSource);
		this.timeouts = timeouts;
		this.lock = lock;
	}

	/**
	 * Returns the data source to migrate with.
	 * @param dataSource the bean's data source
	 * @param timeouts the timeouts to set
	 * @param lock how the update is locked
	 * @return a data source that locks and sets them and whose connections can hold their
	 * commits ({@link HeldCommits}), or {@code null} when the bean has none
	 */
	public static DataSource around(DataSource dataSource, MigrationTimeouts timeouts, MigrationLock lock) {
		return (dataSource != null) ? new MigrationSession(dataSource, timeouts, lock) : null;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return prepare(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return prepare(obtainTargetDataSource().getConnection(username, password));
	}

	private Connection prepare(Connection connection) throws SQLException {
		SessionLock sessionLock = null;
		try {
			if (this.lock.session()) {
				sessionLock = SessionLock.of(connection, null, this.lock.schema(), this.lock.lockTable())
					.orElse(null);
				if (sessionLock != null) {
					acquire(sessionLock);
					SessionConnection.verifyHeld(sessionLock, this.lock);
				}
			}
			SessionVariables variables = this.timeouts.sessionSettings() ? SessionVariables.of(connection) : null;
			Map<String, String> previous = (variables != null) ? variables.set(connection, this.timeouts) : Map.of();
			return SessionConnection.of(connection, sessionLock, variables, previous, this.lock,
					obtainTargetDataSource());
		}
		catch (SQLException | RuntimeException ex) {
			if (sessionLock == null || SessionConnection.release(sessionLock)) {
				connection.close();
			}
			else {
				PooledConnections.evict(obtainTargetDataSource(), connection);
			}
			throw ex;
		}
	}

	private void acquire(SessionLock sessionLock) throws SQLException {
		long deadline = System.nanoTime() + this.lock.settings().lockWait().toNanos();
		boolean waited = false;
		while (!sessionLock.tryAcquire()) {
			if (System.nanoTime() - deadline > 0) {
				throw new SQLException("Could not acquire change log lock of '" + this.lock.beanName()
						+ "' within ratchet.migration.lock-wait (" + this.lock.settings().lockWait() + "). Currently locked by "
						+ holder(sessionLock, "a session that has just let go"));
			}
			if (!waited) {
				waited = true;
				logger.info("Waiting up to " + this.lock.settings().lockWait() + " (ratchet.migration.lock-wait) for the "
						+ "migration lock of '" + this.lock.beanName() + "', held by "
						+ holder(sessionLock, "another session"));
			}
			sleep();
		}
		if (waited) {
			logger.info("Took the migration lock of '" + this.lock.beanName() + "'");
		}
	}

	private static String holder(SessionLock sessionLock, String unknown) throws SQLException {
		return sessionLock.holder().map(MigrationSession::describe).orElse(unknown);
	}

	private static String describe(LockHolder holder) {
		return holder.description() + ((holder.since() != null) ? ", connected since " + holder.since() : "");
	}

	private static void sleep() throws SQLException {
		try {
			Thread.sleep(RECHECK_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLException("Interrupted while waiting for the migration lock", ex);
		}
	}

}
