package dev.ratchet.lock;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LockException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SessionLockService}, on an embedded H2 database: Liquibase takes no lock of
 * its own on a session-locked connection, and a lock left in the lock table is waited for or
 * released as the {@link LockSettings} say.
 */
class SessionLockServiceTests {

	private Connection connection;

	@BeforeEach
	void openDatabase() throws Exception {
		this.connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
				"");
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("CREATE TABLE DATABASECHANGELOGLOCK (ID INT PRIMARY KEY, LOCKED BOOLEAN NOT NULL, "
					+ "LOCKGRANTED TIMESTAMP, LOCKEDBY VARCHAR(255))");
			statement.execute("INSERT INTO DATABASECHANGELOGLOCK VALUES (1, FALSE, NULL, NULL)");
		}
	}

	@AfterEach
	void closeDatabase() throws Exception {
		this.connection.close();
	}

	@Test
	void supportsOnlyASessionLockedConnection() throws Exception {
		SessionLockService service = new SessionLockService();
		assertThat(service.supports(database(locked(settings(Duration.ofSeconds(1), false))))).isTrue();
		assertThat(service.supports(database(this.connection))).isFalse();
	}

	@Test
	void takesTheLockWithoutWritingTheLockTable() throws Exception {
		SessionLockService service = service(settings(Duration.ofSeconds(1), false));
		service.waitForLock();
		assertThat(service.hasChangeLogLock()).isTrue();
		assertThat(lockedRows()).isZero();
		assertThat(service.listLocks()).isEmpty();
		service.releaseLock();
		assertThat(service.hasChangeLogLock()).isFalse();
	}

	@Test
	void waitsForALockInTheTableAndGivesUpNamingItsHolder() throws Exception {
		holdTableLock("old-release (10.9.9.9)", Instant.now());
		SessionLockService service = service(settings(Duration.ofMillis(500), true));
		long started = System.nanoTime();
		assertThatExceptionOfType(LockException.class).isThrownBy(service::waitForLock)
			.withMessageContaining("Currently locked by old-release (10.9.9.9)");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
		assertThat(service.hasChangeLogLock()).isFalse();
		assertThat(lockedRows()).isOne();
	}

	@Test
	void releasesAStaleLockInTheTableWhenAllowed() throws Exception {
		holdTableLock("crashed (10.9.9.9)", Instant.now().minus(Duration.ofHours(1)));
		SessionLockService service = service(settings(Duration.ofSeconds(5), true));
		service.waitForLock();
		assertThat(service.hasChangeLogLock()).isTrue();
		assertThat(lockedRows()).isZero();
	}

	@Test
	void keepsAStaleLockWhenReleasingIsOff() throws Exception {
		holdTableLock("crashed (10.9.9.9)", Instant.now().minus(Duration.ofHours(1)));
		SessionLockService service = service(settings(Duration.ofMillis(200), false));
		assertThatExceptionOfType(LockException.class).isThrownBy(service::waitForLock);
		assertThat(lockedRows()).isOne();
	}

	private SessionLockService service(LockSettings settings) throws Exception {
		SessionLockService service = new SessionLockService();
		service.setDatabase(database(locked(settings)));
		return service;
	}

	private static LockSettings settings(Duration lockWait, boolean releaseStale) {
		return new LockSettings(lockWait, Duration.ofMinutes(15), releaseStale);
	}

	private Connection locked(LockSettings settings) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { Connection.class, SessionLocked.class }, (proxy, method, args) -> {
					if (method.getDeclaringClass() == SessionLocked.class) {
						return settings;
					}
					try {
						return method.invoke(this.connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	private static Database database(Connection connection) throws Exception {
		return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
	}

	private void holdTableLock(String lockedBy, Instant granted) throws Exception {
		try (PreparedStatement statement = this.connection
			.prepareStatement("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = ?, LOCKEDBY = ?")) {
			statement.setTimestamp(1, Timestamp.from(granted));
			statement.setString(2, lockedBy);
			statement.executeUpdate();
		}
	}

	private int lockedRows() throws Exception {
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED")) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
