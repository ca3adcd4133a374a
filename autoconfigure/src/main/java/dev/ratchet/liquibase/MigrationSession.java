package dev.ratchet.liquibase;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The data source a {@code SpringLiquibase} bean migrates with during the boot-time update:
 * each connection it hands out has the lock and statement timeouts of
 * {@code ratchet.online.*} set on its session, and gets the values it had back when
 * Liquibase closes it, so a connection borrowed from the application's pool returns to it
 * as it came and no other connection is touched.
 */
final class MigrationSession extends DelegatingDataSource {

	private static final Log logger = LogFactory.getLog(MigrationSession.class);

	private final MigrationTimeouts timeouts;

	private MigrationSession(DataSource dataSource, MigrationTimeouts timeouts) {
		super(dataSource);
		this.timeouts = timeouts;
	}

	/**
	 * Returns the data source to migrate with.
	 * @param dataSource the bean's data source
	 * @param timeouts the timeouts to set
	 * @return a data source that sets them, or {@code dataSource} itself when none is set
	 */
	static DataSource around(DataSource dataSource, MigrationTimeouts timeouts) {
		return (dataSource != null && timeouts.sessionSettings()) ? new MigrationSession(dataSource, timeouts)
				: dataSource;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return withTimeouts(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return withTimeouts(obtainTargetDataSource().getConnection(username, password));
	}

	private Connection withTimeouts(Connection connection) throws SQLException {
		try {
			SessionVariables variables = SessionVariables.of(connection);
			if (variables == null) {
				return connection;
			}
			Map<String, String> previous = variables.set(connection, this.timeouts);
			return (Connection) Proxy.newProxyInstance(MigrationSession.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new Restoring(connection, variables, previous));
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/**
	 * Puts the session's values back before the connection is closed.
	 */
	private static final class Restoring implements InvocationHandler {

		private final Connection connection;

		private final SessionVariables variables;

		private final Map<String, String> previous;

		private boolean restored;

		Restoring(Connection connection, SessionVariables variables, Map<String, String> previous) {
			this.connection = connection;
			this.variables = variables;
			this.previous = previous;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().equals("close") && !this.restored) {
				this.restored = true;
				restore();
			}
			try {
				return method.invoke(this.connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

		private void restore() {
			try {
				if (!this.connection.isClosed()) {
					this.variables.restore(this.connection, this.previous);
				}
			}
			catch (SQLException ex) {
				logger.warn("Could not put back the session timeouts " + this.previous.keySet()
						+ " of the connection Liquibase migrated with: " + ex.getMessage());
			}
		}

	}

}
