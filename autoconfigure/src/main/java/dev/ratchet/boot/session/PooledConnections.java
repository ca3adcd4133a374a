package dev.ratchet.boot.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executor;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.ClassUtils;

/**
 * Takes a connection out of its pool for good: HikariCP evicts it; any other pool gets it
 * back aborted, which ends its database session.
 */
final class PooledConnections {

	private static final Log logger = LogFactory.getLog(PooledConnections.class);

	private static final boolean HIKARI = ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource",
			PooledConnections.class.getClassLoader());

	private static final Executor NOW = Runnable::run;

	private PooledConnections() {
	}

	/**
	 * Evicts a connection borrowed from a data source.
	 * @param pool the data source it came from
	 * @param connection the connection, as the data source handed it out
	 */
	static void evict(DataSource pool, Connection connection) {
		try {
			if (HIKARI && Hikari.evict(pool, connection)) {
				return;
			}
			connection.abort(NOW);
			connection.close();
		}
		catch (SQLException ex) {
			logger.warn("Could not evict the connection Liquibase migrated with from its pool: " + ex.getMessage());
		}
	}

	/**
	 * HikariCP, when it is there.
	 */
	private static final class Hikari {

		static boolean evict(DataSource pool, Connection connection) throws SQLException {
			if (!pool.isWrapperFor(HikariDataSource.class)) {
				return false;
			}
			pool.unwrap(HikariDataSource.class).evictConnection(connection);
			return true;
		}

	}

}
