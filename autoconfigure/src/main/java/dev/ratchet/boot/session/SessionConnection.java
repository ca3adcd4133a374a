package dev.ratchet.boot.session;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import dev.ratchet.lock.LockHolder;
import dev.ratchet.lock.SessionLock;
import dev.ratchet.lock.SessionLocked;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A connection of the {@link MigrationSession}: it holds commits back on request
 * ({@link HeldCommits}), checks on request that its session holds the migration lock
 * ({@link SessionLocked}), and on close rolls back what is open, puts the session's values
 * back, then releases the lock; a connection whose lock could not be released is evicted
 * from its pool, so it never returns to it holding the lock.
 */
final class SessionConnection implements InvocationHandler {

	private static final Log logger = LogFactory.getLog(SessionConnection.class);

	private final Connection connection;

	private final SessionLock sessionLock;

	private final SessionVariables variables;

	private final Map<String, String> previous;

	private final MigrationLock lock;

	private final DataSource pool;

	private final CommitHold commits = new CommitHold();

	private boolean closed;

	private SessionConnection(Connection connection, SessionLock sessionLock, SessionVariables variables,
			Map<String, String> previous, MigrationLock lock, DataSource pool) {
		this.connection = connection;
		this.sessionLock = sessionLock;
		this.variables = variables;
		this.previous = previous;
		this.lock = lock;
		this.pool = pool;
	}

	/**
	 * Wraps a connection that holds the lock, if any, and has the session's values set.
	 * @param connection the connection, from {@code pool}
	 * @param sessionLock the lock its session holds, or {@code null}
	 * @param variables the session variables set, or {@code null}
	 * @param previous their values before
	 * @param lock how the update is locked
	 * @param pool the data source the connection came from
	 * @return the connection to migrate with
	 */
	static Connection of(Connection connection, SessionLock sessionLock, SessionVariables variables,
			Map<String, String> previous, MigrationLock lock, DataSource pool) {
		Class<?>[] types = (sessionLock != null)
				? new Class<?>[] { Connection.class, HeldCommits.class, SessionLocked.class }
				: new Class<?>[] { Connection.class, HeldCommits.class };
		return (Connection) Proxy.newProxyInstance(SessionConnection.class.getClassLoader(), types,
				new SessionConnection(connection, sessionLock, variables, previous, lock, pool));
	}

	/**
	 * Checks that the session the next statement runs on holds the lock.
	 * @param sessionLock the lock
	 * @param lock how the update is locked, for the message
	 * @throws MigrationLockNotHeldException when it does not
	 * @throws SQLException when the database cannot be read
	 */
	static void verifyHeld(SessionLock sessionLock, MigrationLock lock) throws SQLException {
		if (!sessionLock.heldHere()) {
			String holder = sessionLock.holder().map(LockHolder::description).orElse("no session");
			throw new MigrationLockNotHeldException(lock.beanName(), holder, sessionLock.sessionId());
		}
	}

	/**
	 * Releases the lock.
	 * @param sessionLock the lock
	 * @return whether it was released; if not, the connection must not go back to its pool
	 */
	static boolean release(SessionLock sessionLock) {
		try {
			sessionLock.release();
			return true;
		}
		catch (SQLException ex) {
			logger.warn("Could not release the migration lock; the connection is closed instead of going back to "
					+ "its pool, which ends its session and the lock with it: " + ex.getMessage());
			return false;
		}
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		if (method.getDeclaringClass() == SessionLocked.class) {
			if (method.getName().equals("verifyLockHeld")) {
				verifyHeld(this.sessionLock, this.lock);
				return null;
			}
			return this.lock.settings();
		}
		if (method.getDeclaringClass() == HeldCommits.class) {
			return method.invoke(this.commits, args);
		}
		if (isCommit(method) && this.commits.swallow()) {
			return null;
		}
		if (method.getName().equals("close") && method.getParameterCount() == 0) {
			close(proxy);
			return null;
		}
		try {
			return method.invoke(this.connection, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	private void close(Object proxy) throws SQLException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		if (this.connection.isClosed()) {
			this.connection.close();
			return;
		}
		boolean released = true;
		try {
			if (!this.connection.getAutoCommit()) {
				this.connection.rollback();
			}
			restore();
		}
		catch (SQLException ex) {
			logger.warn("Could not roll back the connection Liquibase migrated with: " + ex.getMessage());
		}
		finally {
			if (this.sessionLock != null) {
				released = release(this.sessionLock);
			}
		}
		if (released) {
			this.connection.close();
		}
		else {
			PooledConnections.evict(this.pool, this.connection);
		}
	}

	private static boolean isCommit(Method method) {
		return method.getName().equals("commit") && method.getParameterCount() == 0;
	}

	private void restore() {
		if (this.variables == null) {
			return;
		}
		try {
			this.variables.restore(this.connection, this.previous);
		}
		catch (SQLException ex) {
			logger.warn("Could not put back the session timeouts " + this.previous.keySet()
					+ " of the connection Liquibase migrated with: " + ex.getMessage());
		}
	}

}
