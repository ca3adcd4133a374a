package dev.ratchet.boot.fleet;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.ratchet.boot.testsupport.PostgresDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.fleet.FleetSettings;
import dev.ratchet.fleet.FleetTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FleetRegistry} on PostgreSQL: an instance's row from start to graceful
 * shutdown, rows of instances gone too long purged, and a user without the rights to create
 * the table left out of the fleet with one warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class FleetRegistryTests {

	private static final FleetSettings SETTINGS = new FleetSettings(true, new FleetTable("ratchet_instance"),
			Duration.ofHours(1), Duration.ofMinutes(2), Duration.ofDays(7), null);

	private static final FleetMember MEMBER = new FleetMember("orders", "1.4.2", "pod-b");

	private SqlDatabase database;

	@BeforeEach
	void createDatabase() {
		this.database = PostgresDatabase.create();
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void anInstanceRecordsWhatItMapsHeartbeatsAndRemovesItselfOnAGracefulShutdown() throws Exception {
		FleetRegistry registry = registry(this.database.url());
		registry.start();
		assertThat(registry.isRunning()).isTrue();
		awaitRows(1);
		assertThat(this.database.query("select application || ' ' || version || ' ' || host || ' ' || mapped "
				+ "from ratchet_instance")).containsExactly("orders 1.4.2 pod-b customer\ncustomer.id");
		heartbeat(registry);
		assertThat(registry.snapshot().instances()).singleElement()
			.satisfies((self) -> assertThat(self.id()).isEqualTo(registry.snapshot().self()));
		registry.stop();
		assertThat(this.database.query("select count(*) from ratchet_instance")).containsExactly("0");
	}

	@Test
	void rowsOfInstancesGoneLongerThanForgetAfterArePurged() throws Exception {
		FleetRegistry registry = registry(this.database.url());
		registry.start();
		awaitRows(1);
		long eightDaysAgo = Instant.now().minus(Duration.ofDays(8)).toEpochMilli();
		long anHourAgo = Instant.now().minus(Duration.ofHours(1)).toEpochMilli();
		this.database.execute("insert into ratchet_instance values ('old', 'orders', '1.3.0', 'pod-x', " + eightDaysAgo
				+ ", " + eightDaysAgo + ", 'customer')", "insert into ratchet_instance values ('recent', 'orders', "
						+ "'1.4.1', 'pod-y', " + anHourAgo + ", " + anHourAgo + ", 'customer')");
		heartbeat(registry);
		assertThat(this.database.query("select instance_id from ratchet_instance where instance_id in ('old', 'recent')"))
			.containsExactly("recent");
		assertThat(registry.snapshot().instances()).hasSize(1);
		registry.stop();
	}

	@Test
	void aUserWithoutTheRightsToCreateTheTableLeavesFleetFeaturesOffWithOneWarning(CapturedOutput output)
			throws Exception {
		String role = "ratchet_reader_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		this.database.execute("create role " + role + " login", "revoke create on schema public from public");
		try {
			String url = this.database.url().replaceAll("user=[^&]*", "user=" + role);
			FleetRegistry registry = registry(url);
			registry.start();
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (registry.isRunning() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(registry.isRunning()).isFalse();
			assertThat(registry.snapshot()).isNull();
			registry.stop();
			assertThat(output).containsOnlyOnce("Fleet features are off");
		}
		finally {
			this.database.execute("drop owned by " + role, "drop role " + role);
		}
	}

	@Test
	void aUserWhoMayWriteTheTableAnotherCreatedRegistersWithoutTheRightToCreate() throws Exception {
		registry(this.database.url()).start();
		awaitRows(1);
		String role = "ratchet_writer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		this.database.execute("create role " + role + " login", "revoke create on schema public from public",
				"grant select, insert, update, delete on ratchet_instance to " + role);
		try {
			FleetRegistry writer = registry(this.database.url().replaceAll("user=[^&]*", "user=" + role));
			writer.start();
			awaitRows(2);
			assertThat(writer.isRunning()).isTrue();
			writer.stop();
		}
		finally {
			this.database.execute("drop owned by " + role, "drop role " + role);
		}
	}

	@Test
	void aDatabaseThatCannotBeReachedAtStartIsRetriedAndWritesCommitWhateverThePoolsDefault() throws Exception {
		AtomicInteger attempts = new AtomicInteger();
		DriverManagerDataSource database = new DriverManagerDataSource(this.database.url());
		DataSource flaky = new DelegatingDataSource(database) {

			@Override
			public Connection getConnection() throws SQLException {
				if (attempts.incrementAndGet() == 1) {
					throw new SQLException("Connection refused", "08001");
				}
				Connection connection = super.getConnection();
				connection.setAutoCommit(false);
				return connection;
			}

		};
		FleetSettings beating = new FleetSettings(true, new FleetTable("ratchet_instance"), Duration.ofMillis(100),
				Duration.ofMinutes(2), Duration.ofDays(7), null);
		FleetRegistry registry = new FleetRegistry(flaky, beating, () -> MEMBER, () -> Set.of("customer"),
				new FleetScope(null, Set.of(), Duration.ofMinutes(5)), Clock.systemUTC());
		registry.start();
		registry.onApplicationEvent(null);
		awaitRows(1);
		assertThat(registry.isRunning()).isTrue();
		registry.stop();
		assertThat(this.database.query("select count(*) from ratchet_instance")).containsExactly("0");
	}

	/**
	 * Runs a heartbeat once the registration, on the fleet's thread, is over.
	 */
	private static void heartbeat(FleetRegistry registry) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		registry.heartbeat();
		while (registry.snapshot() == null && System.nanoTime() < deadline) {
			Thread.sleep(10);
			registry.heartbeat();
		}
	}

	private void awaitRows(int rows) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (Integer.parseInt(this.database.query("select count(*) from ratchet_instance").get(0)) >= rows) {
					return;
				}
			}
			catch (SQLException notCreatedYet) {
				Thread.onSpinWait();
			}
			Thread.sleep(10);
		}
		throw new AssertionError("no row of this instance within 10 s");
	}

	private static FleetRegistry registry(String url) {
		return new FleetRegistry(new DriverManagerDataSource(url), SETTINGS, () -> MEMBER,
				() -> Set.of("customer", "customer.id"), new FleetScope(null, Set.of(), Duration.ofMinutes(5)),
				Clock.tick(Clock.system(ZoneOffset.UTC), Duration.ofMillis(1)));
	}

}
