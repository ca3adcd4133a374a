package dev.ratchet.boot.actuate;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import dev.ratchet.boot.fleet.FleetRegistry;
import dev.ratchet.boot.jpa.ahead.AheadEntities;
import dev.ratchet.boot.testsupport.CountingDataSource;
import dev.ratchet.boot.testsupport.RunningApp;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import dev.ratchet.lock.SessionLock;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/migrations} and {@code /actuator/health} on real PostgreSQL and MariaDB
 * databases, one status at a time.
 */
@ParameterizedClass
@EnumSource(names = { "POSTGRESQL", "MARIADB" })
class MigrationsEndpointIntegrationTests {

	private static final String LOCKED = "select case when locked then 'true' else 'false' end "
			+ "from DATABASECHANGELOGLOCK";

	@Parameter
	Engine engine;

	private SqlDatabase database;

	@BeforeEach
	void createDatabase() {
		this.database = this.engine.create();
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void upToDate() {
		try (RunningApp app = start("db/v1.yaml")) {
			String body = migrations(app);
			assertThat(read(body, "$.status")).isEqualTo("UP_TO_DATE");
			assertThat(read(body, "$.liquibaseBeans.liquibase.summary.applied")).isEqualTo(2);
			assertThat(read(body, "$.liquibaseBeans.liquibase.lastRun.outcome")).isEqualTo("SUCCESS");
			assertThat(read(body, "$.liquibaseBeans.liquibase.lastRun.ran")).isEqualTo(2);
			assertThat(read(body, "$.liquibaseBeans.liquibase.lastRun.lockTimeouts")).isEqualTo(0);
			assertThat(read(body, "$.liquibaseBeans.liquibase.database.product"))
				.isEqualTo(this.engine.sql("PostgreSQL", "MariaDB"));
			assertThat(read(body, "$.liquibaseBeans.liquibase.changeLog.changeSets")).isEqualTo(2);
			assertThat(read(body, "$.liquibaseBeans.liquibase.recentlyApplied[0].changeSet"))
				.isEqualTo("db/changelog/r1.yaml::r1-2::ana");
			assertThat(health(app)).isEqualTo("UP");
		}
	}

	@Test
	void pendingOnAVerifyOnlyInstance() throws SQLException {
		try (RunningApp app = start("db/v1.yaml", "ratchet.migration.enabled=false")) {
			String body = migrations(app);
			assertThat(read(body, "$.status")).isEqualTo("PENDING");
			assertThat(read(body, "$.liquibaseBeans.liquibase.summary.pending")).isEqualTo(2);
			assertThat(read(body, "$.liquibaseBeans.liquibase.pending[0].changeSet"))
				.isEqualTo("db/changelog/r1.yaml::r1-1::ana");
			assertThat(read(body, "$.liquibaseBeans.liquibase.pending[0].changeTypes[0]")).isEqualTo("createTable");
			assertThat(read(body, "$.liquibaseBeans.liquibase.lastRun.outcome")).isEqualTo("SKIPPED");
			assertThat(health(app)).isEqualTo("UP");
		}
		assertThat(this.database.query("select table_name from information_schema.tables where table_schema = "
				+ this.engine.currentSchema() + " and table_name <> 'ratchet_instance'"))
			.as("no table but Ratchet's table of instances, which verify-only instances join")
			.isEmpty();
	}

	@Test
	void blockedWhenTheAppContinuesOnFailure() throws SQLException {
		migrate("db/v1.yaml");
		try (RunningApp app = start("db/v2.yaml", "ratchet.migration.on-failure=continue")) {
			String body = migrations(app);
			assertThat(read(body, "$.status")).isEqualTo("BLOCKED");
			assertThat(read(body, "$.liquibaseBeans.liquibase.lastRun.outcome")).isEqualTo("BLOCKED");
			assertThat(read(body, "$.liquibaseBeans.liquibase.summary.blocked")).isEqualTo(2);
			assertThat(read(body, "$.liquibaseBeans.liquibase.findings[0].rule")).isEqualTo("drop-column");
			assertThat(read(body, "$.liquibaseBeans.liquibase.findings[0].changeSet"))
				.isEqualTo("db/changelog/r2-destructive.yaml::r2-1::ana");
			assertThat(read(body, "$.liquibaseBeans.liquibase.findings[0].target")).isEqualTo("customer.legacy_ref");
			assertThat(health(app)).isEqualTo("DOWN");
		}
		assertThat(this.database.query("select count(*) from DATABASECHANGELOG")).containsExactly("2");
	}

	@Test
	void failedOnAChangesetAppliedButNotRecordedWithHowToRecordIt() throws SQLException {
		migrate("db/v1.yaml");
		this.database.execute("alter table customer add phone varchar(40)",
				"create index idx_customer_phone on customer (phone)");
		try (RunningApp app = start("db/v2-unrecorded.yaml", "ratchet.migration.on-failure=continue")) {
			String body = migrations(app);
			String changeSet = "db/changelog/r2-unrecorded.yaml::r2-phone::ana";
			assertThat(read(body, "$.liquibaseBeans.liquibase.lastRun.outcome")).isEqualTo("FAILED");
			assertThat(read(body, "$.liquibaseBeans.liquibase.lastRun.failedChangeSet")).isEqualTo(changeSet);
			assertThat((String) read(body, "$.liquibaseBeans.liquibase.lastRun.error"))
				.contains("Changeset " + changeSet + " was applied before but not recorded: ")
				.contains("ratchet.migration.mark-ran=" + changeSet);
		}
	}

	@Test
	void failedWithTheFailedChangesetNamedAndWhatItLeftBehindWhereDdlIsNotTransactional() throws SQLException {
		migrate("db/v1.yaml");
		try (RunningApp app = start("db/v2-broken.yaml", "ratchet.migration.on-failure=continue")) {
			String body = migrations(app);
			assertThat(read(body, "$.status")).isEqualTo("FAILED");
			assertThat(read(body, "$.liquibaseBeans.liquibase.lastRun.outcome")).isEqualTo("FAILED");
			assertThat(read(body, "$.liquibaseBeans.liquibase.lastRun.failedChangeSet"))
				.isEqualTo("db/changelog/r2-broken.yaml::r2-broken::ana");
			String error = (String) read(body, "$.liquibaseBeans.liquibase.lastRun.error");
			assertThat(error).contains("no_such_table");
			if (this.engine == Engine.MARIADB) {
				assertThat(error).endsWith("MariaDB does not roll back DDL: changeset "
						+ "db/changelog/r2-broken.yaml::r2-broken::ana left behind: table half_done created, "
						+ "column customer.priority added.");
			}
			else {
				assertThat(error).doesNotContain("left behind").doesNotContain("roll back");
			}
			assertThat(read(body, "$.liquibaseBeans.liquibase.summary.pending")).isEqualTo(1);
			assertThat(health(app)).isEqualTo("DOWN");
		}
		String left = (this.engine == Engine.MARIADB) ? "1" : "0";
		assertThat(this.database.query("select count(*) from information_schema.tables where table_name = 'half_done' "
				+ "and table_schema = " + this.engine.currentSchema())).containsExactly(left);
		assertThat(this.database.query("select count(*) from information_schema.columns where table_name = 'customer' "
				+ "and column_name = 'priority' and table_schema = " + this.engine.currentSchema()))
			.containsExactly(left);
		assertThat(this.database.query("select count(*) from DATABASECHANGELOG")).containsExactly("2");
	}

	@Test
	void driftedWhenAnAppliedChangesetWasEditedAndNoChecksumIsWritten() throws SQLException {
		migrate("db/v1.yaml");
		List<String> checksums = this.database.query("select md5sum from DATABASECHANGELOG order by orderexecuted");
		try (RunningApp app = start("db/v1-edited.yaml", "ratchet.migration.enabled=false")) {
			String body = migrations(app);
			assertThat(read(body, "$.status")).isEqualTo("DRIFTED");
			assertThat(read(body, "$.liquibaseBeans.liquibase.summary.checksumMismatches")).isEqualTo(1);
			assertThat(read(body, "$.liquibaseBeans.liquibase.checksumMismatches[0].changeSet"))
				.isEqualTo("db/changelog/r1.yaml::r1-1::ana");
			assertThat(read(body, "$.liquibaseBeans.liquibase.checksumMismatches[0].storedChecksum"))
				.isEqualTo(checksums.get(0));
			assertThat(read(body, "$.liquibaseBeans.liquibase.drift[0].kind")).isEqualTo("checksum-mismatch");
		}
		assertThat(this.database.query("select md5sum from DATABASECHANGELOG order by orderexecuted")).isEqualTo(checksums);
	}

	@Test
	void driftedWhenAChangesetWasAppliedBehindTheChangelogsBack() throws SQLException {
		migrate("db/v1.yaml");
		this.database.execute("insert into DATABASECHANGELOG (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum) "
				+ "values ('99', 'ops', 'hotfix.sql', now(), 99, 'EXECUTED', '9:abc')");
		try (RunningApp app = start("db/v1.yaml")) {
			String body = migrations(app);
			assertThat(read(body, "$.status")).isEqualTo("DRIFTED");
			assertThat(read(body, "$.liquibaseBeans.liquibase.unexpected[0].changeSet")).isEqualTo("hotfix.sql::99::ops");
			assertThat(read(body, "$.liquibaseBeans.liquibase.summary.unexpected")).isEqualTo(1);
			assertThat(health(app)).isEqualTo("UP");
		}
	}

	@Test
	void healthFollowsTheConfiguredDownOnStatuses() throws SQLException {
		migrate("db/v1.yaml");
		this.database.execute("insert into DATABASECHANGELOG (id, author, filename, dateexecuted, orderexecuted, "
				+ "exectype, md5sum) values ('99', 'ops', 'hotfix.sql', now(), 99, 'EXECUTED', '9:abc')");
		try (RunningApp app = start("db/v1.yaml", "ratchet.health.down-on=failed,blocked,drifted")) {
			assertThat(read(migrations(app), "$.status")).isEqualTo("DRIFTED");
			assertThat(health(app)).isEqualTo("DOWN");
		}
	}

	@Test
	void aLockTableRowLeftByAnotherHostIsReportedAndStale() throws SQLException {
		migrate("db/v1.yaml", "ratchet.lock.mode=table");
		holdLockFromAnotherHost();
		try (RunningApp app = start("db/v1.yaml", "ratchet.migration.enabled=false")) {
			String body = migrations(app);
			assertThat(read(body, "$.liquibaseBeans.liquibase.lock.locked")).isEqualTo(true);
			assertThat(read(body, "$.liquibaseBeans.liquibase.lock.lockedBy")).isEqualTo("other-host (10.0.0.9)");
			assertThat(read(body, "$.liquibaseBeans.liquibase.lock.stale")).isEqualTo(true);
		}
		assertThat(this.database.query(LOCKED)).containsExactly("true");
	}

	@Test
	void aSessionHoldingTheSessionLockIsReportedAsTheHolder() throws Exception {
		migrate("db/v1.yaml");
		try (Connection holder = this.database.connect()) {
			assertThat(SessionLock.of(holder, null, null, "DATABASECHANGELOGLOCK").orElseThrow().tryAcquire()).isTrue();
			try (RunningApp app = start("db/v1.yaml", "ratchet.migration.enabled=false")) {
				String body = migrations(app);
				assertThat(read(body, "$.liquibaseBeans.liquibase.lock.locked")).isEqualTo(true);
				assertThat(read(body, "$.liquibaseBeans.liquibase.lock.lockedBy")).asString().startsWith("session ");
				assertThat(read(body, "$.liquibaseBeans.liquibase.lock.stale")).isEqualTo(false);
			}
		}
	}

	@Test
	void inTableModeAStaleLockBlocksTheUpdateUnlessReleaseStaleIsSet() throws SQLException {
		migrate("db/v1.yaml", "ratchet.lock.mode=table");
		holdLockFromAnotherHost();
		try (RunningApp app = start("db/v2-additive.yaml", "spring.liquibase.contexts=production",
				"ratchet.lock.mode=table", "ratchet.migration.lock-wait=1s",
				"ratchet.migration.on-failure=continue")) {
			assertThat(read(migrations(app), "$.status")).isEqualTo("FAILED");
		}
		assertThat(this.database.query(LOCKED)).containsExactly("true");
		try (RunningApp app = start("db/v2-additive.yaml", "spring.liquibase.contexts=production",
				"ratchet.lock.mode=table", "ratchet.lock.release-stale=true")) {
			String body = migrations(app);
			assertThat(read(body, "$.status")).isEqualTo("UP_TO_DATE");
			assertThat(read(body, "$.liquibaseBeans.liquibase.lock.locked")).isEqualTo(false);
		}
		assertThat(this.database.query("select count(*) from DATABASECHANGELOG")).containsExactly("3");
	}

	@Test
	void theEndpointIsAbsentUnlessExposed() {
		try (RunningApp app = RunningApp.start(new Class<?>[] { TestApplication.class },
				"spring.datasource.url=" + this.database.url(), "spring.liquibase.change-log=classpath:db/v1.yaml")) {
			assertThat(app.get("/actuator/migrations").statusCode()).isEqualTo(404);
		}
	}

	@Test
	void offersTheSuggestedChangeLogWhichAppliedAsTheNextReleaseLeavesNoErrorDrift(@TempDir Path directory)
			throws Exception {
		Files.copy(new ClassPathResource("suggest/release-1.yaml").getInputStream(), directory.resolve("release-1.yaml"));
		String suggested;
		try (RunningApp app = startAhead(master(directory, "release-1.yaml"))) {
			String body = migrations(app);
			assertThat(read(body, "$.liquibaseBeans.liquibase.status")).isEqualTo("DRIFTED");
			assertThat(read(body, "$.liquibaseBeans.liquibase.compat.active")).isEqualTo(true);
			suggested = (String) read(body, "$.liquibaseBeans.liquibase.suggestedChangeLog");
		}
		assertThat(suggested).contains("- addColumn:").contains("- createTable:").doesNotContainIgnoringCase("drop");
		Files.writeString(directory.resolve("release-2.yaml"), suggested);
		try (RunningApp app = startAhead(master(directory, "release-1.yaml", "release-2.yaml"),
				"spring.jpa.hibernate.ddl-auto=validate")) {
			String body = migrations(app);
			assertThat(read(body, "$.liquibaseBeans.liquibase.status")).isEqualTo("UP_TO_DATE");
			assertThat(read(body, "$.liquibaseBeans.liquibase.summary.drift")).isEqualTo(0);
			assertThat(read(body, "$.liquibaseBeans.liquibase.compat.active")).isEqualTo(false);
			assertThat(body).doesNotContain("suggestedChangeLog");
		}
	}

	private RunningApp startAhead(String changeLog, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + this.database.url(),
				"spring.liquibase.change-log=" + changeLog, "management.endpoints.web.exposure.include=migrations",
				"spring.jpa.hibernate.ddl-auto=none"));
		all.addAll(List.of(properties));
		return RunningApp.start(new Class<?>[] { TestApplication.class, AheadEntities.class },
				all.toArray(String[]::new));
	}

	/**
	 * Writes a master changelog of releases, a file per set: Liquibase remembers for the
	 * life of the JVM that a changelog file was up to date on a database.
	 */
	private static String master(Path directory, String... releases) throws Exception {
		StringBuilder yaml = new StringBuilder("databaseChangeLog:\n");
		for (String release : releases) {
			yaml.append("  - include: {file: ").append(release).append(", relativeToChangelogFile: true}\n");
		}
		Path master = directory.resolve("master-" + releases.length + ".yaml");
		Files.writeString(master, yaml);
		return "file:" + master;
	}

	@Test
	void noPasswordEverAppears() throws SQLException {
		String url = urlWithPassword("TopSecret42");
		try (RunningApp app = RunningApp.start(new Class<?>[] { TestApplication.class },
				"spring.datasource.url=" + url, "spring.datasource.password=TopSecret42",
				"spring.liquibase.change-log=classpath:db/v1.yaml",
				"management.endpoints.web.exposure.include=migrations,health",
				"management.endpoint.health.show-details=always")) {
			String body = migrations(app);
			assertThat(body).doesNotContain("TopSecret42");
			assertThat((String) read(body, "$.liquibaseBeans.liquibase.database.url"))
				.startsWith(this.engine.sql("jdbc:postgresql://", "jdbc:mariadb://"))
				.doesNotContain("password");
			assertThat(app.get("/actuator/health").body()).doesNotContain("TopSecret42");
		}
		finally {
			if (this.engine == Engine.MARIADB) {
				this.database.execute("drop user if exists " + secretUser());
			}
		}
	}

	@Test
	void requestsSendNoSql() {
		try (RunningApp app = RunningApp.start(new Class<?>[] { TestApplication.class, CountingConfiguration.class },
				"spring.datasource.url=" + this.database.url(), "spring.liquibase.change-log=classpath:db/v1.yaml",
				"management.endpoints.web.exposure.include=migrations,health",
				"management.endpoint.health.show-details=always")) {
			app.awaitFirstSnapshot();
			awaitFleetHeartbeat(app);
			int before = CountingDataSource.connections.get();
			for (int i = 0; i < 20; i++) {
				assertThat(app.get("/actuator/migrations").statusCode()).isEqualTo(200);
				assertThat(app.get("/actuator/health/migrations").statusCode()).isEqualTo(200);
			}
			assertThat(CountingDataSource.connections.get()).isEqualTo(before);
			assertThat(before).isPositive();
		}
	}

	/**
	 * Waits for the fleet's first heartbeat, a background job like the snapshot's refresh:
	 * the next one is {@code ratchet.fleet.heartbeat} away.
	 */
	private static void awaitFleetHeartbeat(RunningApp app) {
		FleetRegistry fleet = app.context().getBean(FleetRegistry.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (fleet.snapshot() == null && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(fleet.snapshot()).as("the fleet's first heartbeat").isNotNull();
	}

	@Test
	void everyLiquibaseBeanIsReportedAndABrokenOneIsUnknown() {
		try (SqlDatabase reporting = this.engine.create();
				RunningApp app = RunningApp.start(
						new Class<?>[] { TestApplication.class, SeveralChangeLogsConfiguration.class },
						"spring.datasource.url=" + this.database.url(), "test.reporting-url=" + reporting.url(),
						"test.broken-url=" + this.engine.sql(
								"jdbc:postgresql://127.0.0.1:5432/ratchet_no_such_db?user=postgres",
								"jdbc:mariadb://127.0.0.1:3306/ratchet_no_such_db?user=root"),
						"management.endpoints.web.exposure.include=migrations,health",
						"management.endpoint.health.show-details=always")) {
			String body = migrations(app);
			assertThat(read(body, "$.liquibaseBeans.liquibase.status")).isEqualTo("UP_TO_DATE");
			assertThat(read(body, "$.liquibaseBeans.reportingLiquibase.status")).isEqualTo("UP_TO_DATE");
			assertThat(read(body, "$.liquibaseBeans.reportingLiquibase.summary.applied")).isEqualTo(2);
			assertThat(read(body, "$.liquibaseBeans.brokenLiquibase.status")).isEqualTo("UNKNOWN");
			assertThat((String) read(body, "$.liquibaseBeans.brokenLiquibase.error")).contains("ratchet_no_such_db");
			assertThat(read(body, "$.status")).isEqualTo("UNKNOWN");
		}
	}

	private RunningApp start(String changeLog, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + this.database.url(),
				"spring.liquibase.change-log=classpath:" + changeLog,
				"management.endpoints.web.exposure.include=migrations,health",
				"management.endpoint.health.show-details=always"));
		all.addAll(List.of(properties));
		return RunningApp.start(new Class<?>[] { TestApplication.class }, all.toArray(String[]::new));
	}

	private void migrate(String changeLog, String... properties) {
		try (RunningApp app = start(changeLog, properties)) {
			assertThat(read(migrations(app), "$.status")).isEqualTo("UP_TO_DATE");
		}
	}

	private static String migrations(RunningApp app) {
		HttpResponse<String> response = app.get("/actuator/migrations");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private static String health(RunningApp app) {
		return JsonPath.read(app.get("/actuator/health/migrations").body(), "$.status");
	}

	private static Object read(String json, String path) {
		return JsonPath.read(json, path);
	}

	private String urlWithPassword(String password) throws SQLException {
		if (this.engine != Engine.MARIADB) {
			return this.database.url() + "&password=" + password;
		}
		String name = this.database.query("select database()").get(0);
		this.database.execute("create or replace user " + secretUser() + " identified by '" + password + "'",
				"grant all on " + name + ".* to " + secretUser());
		return this.database.url().replace("user=root", "user=" + name) + "&password=" + password;
	}

	private String secretUser() throws SQLException {
		return "'" + this.database.query("select database()").get(0) + "'@'%'";
	}

	private void holdLockFromAnotherHost() throws SQLException {
		this.database.execute("update DATABASECHANGELOGLOCK set locked = true, lockedby = 'other-host (10.0.0.9)', "
				+ "lockgranted = now() - interval " + this.engine.sql("'1 hour'", "1 hour") + " where id = 1");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

	@Configuration(proxyBeanMethods = false)
	static class SeveralChangeLogsConfiguration {

		@Bean
		SpringLiquibase liquibase(DataSource dataSource) {
			return springLiquibase(dataSource);
		}

		@Bean
		SpringLiquibase reportingLiquibase(Environment environment) {
			return springLiquibase(new DriverManagerDataSource(environment.getProperty("test.reporting-url")));
		}

		@Bean
		SpringLiquibase brokenLiquibase(Environment environment) {
			SpringLiquibase liquibase = springLiquibase(
					new DriverManagerDataSource(environment.getProperty("test.broken-url")));
			liquibase.setShouldRun(false);
			return liquibase;
		}

		private static SpringLiquibase springLiquibase(DataSource dataSource) {
			SpringLiquibase liquibase = new SpringLiquibase();
			liquibase.setDataSource(dataSource);
			liquibase.setChangeLog("classpath:db/v1.yaml");
			return liquibase;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CountingConfiguration {

		@Bean
		static CountingDataSource countingDataSource() {
			return new CountingDataSource();
		}

	}

}
