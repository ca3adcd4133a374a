package dev.ratchet.boot.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import dev.ratchet.lock.LockState;
import dev.ratchet.lock.MigrationLocks;
import dev.ratchet.lock.SessionLock;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ratchet.lock.mode=session}: the update holds a database session lock, takes no row
 * of Liquibase's lock table, waits for another session that holds the lock and names it,
 * and treats a lock-table row whose holder is gone as stale at once.
 */
@ParameterizedClass
@EnumSource(names = { "POSTGRESQL", "MARIADB" })
class SessionLockIntegrationTests {

	private static final String CHANGE_LOG = "spring.liquibase.change-log=classpath:db/lock/slow.yaml";

	@Parameter
	Engine engine;

	private SqlDatabase database;

	private ApplicationContextRunner runner;

	@BeforeEach
	void createDatabase() {
		this.database = this.engine.create();
		this.runner = MigrationApps.on(this.database).withPropertyValues(CHANGE_LOG);
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void theUpdateTakesNoRowOfTheLockTableAndLeavesTheSessionLockFree() throws Exception {
		this.runner.run((context) -> assertThat(context).hasNotFailed());
		assertThat(this.database.query("select count(*) from DATABASECHANGELOG")).containsExactly("2");
		assertThat(lockTables()).isZero();
		try (Connection connection = this.database.connect()) {
			SessionLock lock = sessionLock(connection);
			assertThat(lock.holder()).isEmpty();
			assertThat(lock.tryAcquire()).isTrue();
		}
	}

	@Test
	void tableModeKeepsLiquibasesLockTable() throws Exception {
		this.runner.withPropertyValues("ratchet.lock.mode=table")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(lockTables()).isOne();
		assertThat(this.database.query("select count(*) from DATABASECHANGELOGLOCK where locked = "
				+ this.engine.sql("false", "0"))).containsExactly("1");
	}

	@Test
	void aSessionHoldingTheLockMakesTheStartWaitAndFailNamingIt() throws Exception {
		try (Connection holder = this.database.connect()) {
			assertThat(sessionLock(holder).tryAcquire()).isTrue();
			long started = System.nanoTime();
			this.runner.withPropertyValues("ratchet.migration.lock-wait=2s").run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("Could not acquire change log lock of 'liquibase' within "
							+ "ratchet.migration.lock-wait (PT2S). Currently locked by session ");
			});
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		}
		assertThat(this.database.query("select count(*) from " + this.engine.sql("information_schema.tables",
				"information_schema.tables") + " where table_name in ('slow_one', 'SLOW_ONE')"))
			.containsExactly("0");
	}

	@Test
	void theStartWaitsForTheHolderAndMigratesOnceItLetsGo() throws Exception {
		Connection holder = this.database.connect();
		assertThat(sessionLock(holder).tryAcquire()).isTrue();
		CompletableFuture<Void> letGo = CompletableFuture.runAsync(() -> {
			sleep(Duration.ofSeconds(2));
			close(holder);
		});
		this.runner.run((context) -> assertThat(context).hasNotFailed());
		letGo.join();
		assertThat(this.database.query("select count(*) from DATABASECHANGELOG")).containsExactly("2");
	}

	@Test
	void theStateReportsTheSessionHoldingTheLock() throws Exception {
		try (Connection holder = this.database.connect()) {
			assertThat(sessionLock(holder).tryAcquire()).isTrue();
			LockState lock = readLock();
			assertThat(lock.locked()).isTrue();
			assertThat(lock.lockedBy()).startsWith("session ");
			assertThat(lock.stale()).isFalse();
			if (this.engine == Engine.POSTGRESQL) {
				assertThat(lock.lockedSince()).isNotNull();
			}
		}
		assertThat(readLock().locked()).isFalse();
	}

	@Test
	void aLockTableRowWhoseHolderHasNoSessionIsStaleAtOnceAndReleasedWhenReleaseStaleIsOn() throws Exception {
		leaveTableLock("gone-host (192.0.2.17)");
		LockState lock = readLock();
		assertThat(lock.locked()).isTrue();
		assertThat(lock.lockedBy()).isEqualTo("gone-host (192.0.2.17)");
		assertThat(lock.stale()).isTrue();
		this.runner.withPropertyValues("ratchet.migration.lock-wait=2s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("Could not acquire change log lock.  Currently locked by gone-host");
		});
		this.runner.withPropertyValues("ratchet.lock.release-stale=true")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(this.database.query("select count(*) from DATABASECHANGELOG")).containsExactly("2");
		assertThat(readLock().locked()).isFalse();
	}

	@Test
	void aSessionLockHeldLongerThanStaleAfterIsStale() throws Exception {
		try (Connection holder = this.database.connect()) {
			assertThat(sessionLock(holder).tryAcquire()).isTrue();
			try (Connection reader = this.database.connect()) {
				Database database = liquibase(reader);
				assertThat(MigrationLocks.read(database, Duration.ofMinutes(15), Instant.now()).stale()).isFalse();
				if (this.engine == Engine.POSTGRESQL) {
					assertThat(MigrationLocks.read(database, Duration.ZERO, Instant.now().plusSeconds(1)).stale())
						.isTrue();
				}
			}
		}
	}

	@Test
	void aLockTableRowOfAConnectedHostIsWaitedFor() throws Exception {
		try (Connection connected = this.database.connect()) {
			String host = clientHost(connected);
			leaveTableLock("old-release (" + host + ")");
			assertThat(readLock().stale()).isFalse();
			this.runner.withPropertyValues("ratchet.migration.lock-wait=2s").run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("Could not acquire change log lock.  Currently locked by old-release");
			});
		}
	}

	private String clientHost(Connection connection) throws SQLException {
		String sql = this.engine.sql("select host(client_addr) from pg_stat_activity where pid = pg_backend_pid()",
				"select substring_index(host, ':', 1) from information_schema.PROCESSLIST where ID = connection_id()");
		try (var statement = connection.createStatement(); var row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

	private void leaveTableLock(String lockedBy) throws Exception {
		try (Connection connection = this.database.connect()) {
			Database liquibase = liquibase(connection);
			LockServiceFactory.getInstance().getLockService(liquibase).init();
			try (var statement = connection.prepareStatement(
					"update DATABASECHANGELOGLOCK set locked = ?, lockedby = ?, lockgranted = ? where id = 1")) {
				statement.setBoolean(1, true);
				statement.setString(2, lockedBy);
				statement.setTimestamp(3, Timestamp.from(Instant.now()));
				statement.executeUpdate();
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			LockServiceFactory.getInstance().resetAll();
		}
	}

	private LockState readLock() throws Exception {
		try (Connection connection = this.database.connect()) {
			return MigrationLocks.read(liquibase(connection), Duration.ofMinutes(15), Instant.now());
		}
	}

	private long lockTables() throws SQLException {
		return Long.parseLong(this.database
			.query("select count(*) from information_schema.tables where lower(table_name) = 'databasechangeloglock' "
					+ "and table_schema = " + this.engine.currentSchema())
			.get(0));
	}

	private static SessionLock sessionLock(Connection connection) throws SQLException {
		return SessionLock.of(connection, null, null, "DATABASECHANGELOGLOCK").orElseThrow();
	}

	private static Database liquibase(Connection connection) throws Exception {
		return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
