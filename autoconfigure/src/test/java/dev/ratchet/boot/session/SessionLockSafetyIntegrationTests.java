package dev.ratchet.boot.session;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.PostgresDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.lock.LockSettings;
import dev.ratchet.lock.SessionLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The migration's session lock on PostgreSQL is what it claims: an unlock the database refuses
 * is noticed, a connection whose statements reach another session than the one holding the
 * lock stops the update with the cause and the fix, closing rolls back and puts the session
 * back before it unlocks, and a connection that could not unlock never returns to its pool.
 */
class SessionLockSafetyIntegrationTests {

	private static final MigrationTimeouts TIMEOUTS = new MigrationTimeouts(Duration.ofSeconds(5), null, 0);

	private SqlDatabase database;

	private HikariDataSource pool;

	@BeforeEach
	void createDatabase() {
		this.database = PostgresDatabase.create();
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl(this.database.url());
		this.pool.setMaximumPoolSize(2);
	}

	@AfterEach
	void dropDatabase() {
		if (this.pool != null) {
			this.pool.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void anUnlockOfALockTheSessionDoesNotHoldIsAnError() throws Exception {
		try (Connection connection = this.database.connect()) {
			SessionLock lock = SessionLock.of(connection, null, null, "databasechangeloglock").orElseThrow();
			assertThat(lock.tryAcquire()).isTrue();
			assertThat(lock.heldHere()).isTrue();
			lock.release();
			assertThat(lock.heldHere()).isFalse();
			assertThatExceptionOfType(SQLException.class).isThrownBy(lock::release)
				.withMessageContaining("pg_advisory_unlock returned false")
				.withMessageContaining("did not hold the migration lock");
		}
	}

	@Test
	void statementsHandedToAnotherSessionThanTheLockHoldersStopTheUpdateNamingCauseAndFix() throws Exception {
		MigrationApps.on(this.database)
			.withUserConfiguration(TwoSessionsConfiguration.class)
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(MigrationLockNotHeldException.class)
					.hasMessageContaining("not by session")
					.hasMessageContaining("PgBouncer in transaction pooling mode")
					.hasMessageContaining("ratchet.lock.mode=table");
			});
		assertThat(this.database.query("select count(*) from information_schema.tables where table_name = 'customer'"))
			.containsExactly("0");
	}

	@Test
	void closingRollsBackAnAbortedTransactionPutsTheSessionBackAndThenUnlocks() throws Exception {
		DataSource session = MigrationSession.around(this.pool, TIMEOUTS, lock());
		String pid;
		try (Connection connection = session.getConnection()) {
			pid = text(connection, "select pg_backend_pid()");
			assertThat(text(connection, "select current_setting('lock_timeout')")).isEqualTo("5s");
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("select * from no_such_table");
			}
			catch (SQLException expected) {
				assertThat(expected.getSQLState()).isEqualTo("42P01");
			}
		}
		assertThat(this.database.migrationLock().locked()).as("lock held after close").isFalse();
		try (Connection again = this.pool.getConnection()) {
			assertThat(text(again, "select pg_backend_pid()")).as("the same session, back in the pool").isEqualTo(pid);
			assertThat(text(again, "select current_setting('lock_timeout')")).isEqualTo("0");
		}
	}

	@Test
	void aConnectionThatCouldNotUnlockIsEvictedFromItsPool() throws Exception {
		DataSource session = MigrationSession.around(this.pool, TIMEOUTS, lock());
		String pid;
		try (Connection connection = session.getConnection()) {
			pid = text(connection, "select pg_backend_pid()");
			text(connection, "select pg_advisory_unlock_all()::text");
		}
		assertThat(this.database.query("select count(*) from pg_stat_activity where pid = " + pid))
			.as("the evicted connection's session").containsExactly("0");
		try (Connection again = this.pool.getConnection()) {
			assertThat(text(again, "select pg_backend_pid()")).isNotEqualTo(pid);
		}
	}

	@Test
	void aSessionVariableThatCannotBeSetLeavesThoseSetBeforeItPutBack() throws Exception {
		try (Connection connection = this.database.connect()) {
			AtomicInteger writes = new AtomicInteger();
			Connection failingSecondWrite = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().equals("prepareStatement") && ((String) args[0]).contains("set_config")
								&& writes.incrementAndGet() == 2) {
							throw new SQLException("refused");
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
			MigrationTimeouts both = new MigrationTimeouts(Duration.ofSeconds(5), Duration.ofMinutes(1), 0);
			SessionVariables variables = SessionVariables.of(connection);
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> variables.set(failingSecondWrite, both))
				.withMessage("refused");
			assertThat(text(connection, "select current_setting('lock_timeout')")).isEqualTo("0");
			assertThat(text(connection, "select current_setting('statement_timeout')")).isEqualTo("0");
		}
	}

	private static MigrationLock lock() {
		return new MigrationLock(LockMode.SESSION, "liquibase", null, "databasechangeloglock",
				new LockSettings(Duration.ofSeconds(5), Duration.ofMinutes(15), false));
	}

	private static String text(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

	/**
	 * A data source whose connections, like a transaction-pooling proxy's, hand each statement
	 * to one of two database sessions in turn.
	 */
	@Configuration(proxyBeanMethods = false)
	static class TwoSessionsConfiguration {

		@Bean
		DataSource dataSource(org.springframework.core.env.Environment environment) {
			String url = environment.getProperty("spring.datasource.url");
			return new AbstractDataSource() {

				@Override
				public Connection getConnection() throws SQLException {
					return TwoSessions.connect(url);
				}

				@Override
				public Connection getConnection(String username, String password) throws SQLException {
					return getConnection();
				}

			};
		}

	}

	/**
	 * A connection over two sessions: each new statement goes to the other one.
	 */
	static final class TwoSessions {

		private TwoSessions() {
		}

		static Connection connect(String url) throws SQLException {
			List<Connection> sessions = List.of(java.sql.DriverManager.getConnection(url),
					java.sql.DriverManager.getConnection(url));
			AtomicInteger next = new AtomicInteger();
			return (Connection) Proxy.newProxyInstance(TwoSessions.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						String name = method.getName();
						try {
							if (name.equals("createStatement") || name.startsWith("prepare")) {
								return method.invoke(sessions.get(next.getAndIncrement() % 2), args);
							}
							if (name.equals("close") || name.equals("setAutoCommit") || name.equals("commit")
									|| name.equals("rollback")) {
								Object result = null;
								for (Connection session : sessions) {
									result = method.invoke(session, args);
								}
								return result;
							}
							return method.invoke(sessions.get(0), args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

	}

}
