package dev.ratchet.boot.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;
import dev.ratchet.boot.liquibase.MigrationBlockedException;
import dev.ratchet.boot.testsupport.RunningApp;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.rule.Rule;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Two releases of an application at once on one database: release N maps
 * {@code customer.phone}, N+1 does not. A release N+2 that drops the column, approved, is
 * refused with {@code live-mapping} while N is live, and starts and drops it once N has
 * stopped, gracefully or by its heartbeat expiring; in between the endpoint offers the
 * column for removal, and its suggested changelog, applied, leaves no drift.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class FleetIntegrationTests {

	private static final Duration PROMPTLY = Duration.ofSeconds(20);

	@Parameter
	Engine engine;

	@TempDir
	Path directory;

	private SqlDatabase database;

	private final List<RunningApp> apps = new ArrayList<>();

	@BeforeEach
	void createDatabaseAndChangeLogs() throws Exception {
		this.database = this.engine.create();
		for (String file : List.of("v1.yaml", "v2-drop.yaml")) {
			Files.copy(getClass().getResourceAsStream("/fleet/" + file), this.directory.resolve(file));
		}
	}

	@AfterEach
	void stopAppsAndDropDatabase() {
		this.apps.forEach(RunningApp::close);
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aDropALiveReleaseMapsIsRefusedUntilThatReleaseStopsAndTheEndpointOffersItInBetween() throws Exception {
		RunningApp releaseN = start(ReleaseN.class, "1.4.1", changeLog("v1.yaml"));
		RunningApp releaseN1 = start(ReleaseN1.class, "1.4.2", changeLog("v1.yaml"));
		await(releaseN1, (body) -> instances(body) == 2);
		assertThat(contractable(migrations(releaseN1))).doesNotContain("customer.phone");
		MeterRegistry meters = releaseN1.context().getBean(MeterRegistry.class);
		assertThat(meters.get("migrations.fleet.instances").tags("application", "orders", "version", "1.4.1")
			.gauge()
			.value()).isEqualTo(1);
		assertThat(meters.get("migrations.fleet.contractable").gauge().value()).isZero();

		Finding refused = refusedWithLiveMapping(changeLog("v2-drop.yaml"));
		assertThat(refused.message()).isEqualTo("customer.phone is mapped by orders 1.4.1 on 1 instance ("
				+ FleetHosts.local() + "), last seen " + secondsIn(refused.message()) + " s ago: finish that rollout first");
		assertThat(phoneColumns()).isEqualTo(1);

		releaseN.close();
		String body = await(releaseN1, (json) -> instances(json) == 1 && contractable(json).contains("customer.phone"));
		String suggested = JsonPath.read(body, "$.fleet.suggestedContractChangeLog");
		assertThat(meters.find("migrations.fleet.instances").tags("version", "1.4.1").gauge()).isNull();
		assertThat(meters.get("migrations.fleet.contractable").gauge().value()).isEqualTo(1);
		assertThat(suggested).contains("dropColumn").containsIgnoringCase("columnName: phone").contains("ratchet:allow drop-column");

		Path master = master(suggested);
		RunningApp releaseN2 = start(ReleaseN1.class, "1.4.3", "file:" + master);
		assertThat(phoneColumns()).isZero();
		String afterDrop = migrations(releaseN2);
		assertThat((List<?>) JsonPath.read(afterDrop, "$.liquibaseBeans.liquibase.drift")).isEmpty();
		assertThat((String) JsonPath.read(afterDrop, "$.liquibaseBeans.liquibase.status")).isEqualTo("UP_TO_DATE");
	}

	@Test
	void aReleaseWhoseHeartbeatExpiredNoLongerHoldsTheDropBack() throws Exception {
		RunningApp releaseN1 = start(ReleaseN1.class, "1.4.2", changeLog("v1.yaml"));
		await(releaseN1, (body) -> instances(body) == 1);
		recordInstance("crashed-n", Instant.now());
		assertThat(refusedWithLiveMapping(changeLog("v2-drop.yaml")).message())
			.startsWith("customer.phone is mapped by orders 1.4.1 on 1 instance (pod-n-1)");
		recordInstance("crashed-n", Instant.now().minus(Duration.ofMinutes(3)));
		start(ReleaseN1.class, "1.4.3", changeLog("v2-drop.yaml"));
		assertThat(phoneColumns()).isZero();
	}

	@Test
	void theConfiguredVersionWinsOverBuildInfo() throws Exception {
		RunningApp app = start(ReleaseN1.class, "1.4.2", changeLog("v1.yaml"), "spring.info.build.location=classpath:fleet/build-info.properties");
		String body = await(app, (json) -> instances(json) == 1);
		assertThat((List<String>) JsonPath.read(body, "$.fleet.instances[*].version")).containsExactly("1.4.2");
		app.close();
		RunningApp fromBuildInfo = start(ReleaseN1.class, null, changeLog("v1.yaml"),
				"spring.info.build.location=classpath:fleet/build-info.properties");
		body = await(fromBuildInfo, (json) -> instances(json) == 1);
		assertThat((List<String>) JsonPath.read(body, "$.fleet.instances[*].version")).containsExactly("2.0.0-build");
	}

	@Test
	void withFleetFeaturesOffThereIsNoTableNoSectionAndNoLiveMappingCheck() throws Exception {
		RunningApp app = start(ReleaseN.class, "1.4.1", changeLog("v1.yaml"), "ratchet.fleet.enabled=false");
		assertThat(app.context().getBeanProvider(FleetRegistry.class).getIfAvailable()).isNull();
		assertThat((Object) JsonPath.read(migrations(app), "$")).asString().doesNotContain("fleet");
		assertThat(this.database.query("select count(*) from information_schema.tables where lower(table_name) = "
				+ "'ratchet_instance'")).containsExactly("0");
	}

	private RunningApp start(Class<?> release, String version, String changeLog, String... more) {
		List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + this.database.url(),
				"spring.liquibase.change-log=" + changeLog, "spring.application.name=orders",
				"ratchet.fleet.heartbeat=100ms", "spring.jpa.hibernate.ddl-auto=none",
				"management.endpoints.web.exposure.include=migrations"));
		if (version != null) {
			properties.add("ratchet.fleet.version=" + version);
		}
		properties.addAll(List.of(more));
		RunningApp app = RunningApp.start(new Class<?>[] { FleetApplication.class, release },
				properties.toArray(String[]::new));
		this.apps.add(app);
		return app;
	}

	private Finding refusedWithLiveMapping(String changeLog) {
		Throwable[] failure = new Throwable[1];
		assertThatException().isThrownBy(() -> start(ReleaseN1.class, "1.4.3", changeLog))
			.satisfies((ex) -> failure[0] = ex);
		MigrationBlockedException blocked = null;
		for (Throwable cause = failure[0]; cause != null; cause = cause.getCause()) {
			if (cause instanceof MigrationBlockedException found) {
				blocked = found;
			}
		}
		assertThat(blocked).as("the update of release N+2 is blocked").isNotNull();
		assertThat(blocked.getBlocking()).extracting((finding) -> finding.rule())
			.containsExactly(Rule.LIVE_MAPPING);
		return blocked.getBlocking().get(0);
	}

	private void recordInstance(String id, Instant lastSeen) throws Exception {
		try (Connection connection = this.database.connect()) {
			try (PreparedStatement delete = connection.prepareStatement("delete from ratchet_instance where instance_id = ?")) {
				delete.setString(1, id);
				delete.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement("insert into ratchet_instance (instance_id, "
					+ "application, version, host, started_at, last_seen, mapped) values (?, ?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, id);
				insert.setString(2, "orders");
				insert.setString(3, "1.4.1");
				insert.setString(4, "pod-n-1");
				insert.setLong(5, lastSeen.toEpochMilli());
				insert.setLong(6, lastSeen.toEpochMilli());
				insert.setString(7, "customer\ncustomer.id\ncustomer.name\ncustomer.phone");
				insert.executeUpdate();
			}
		}
	}

	private Path master(String suggested) throws Exception {
		Files.writeString(this.directory.resolve("contract.yaml"), suggested);
		return Files.writeString(this.directory.resolve("master.yaml"), "databaseChangeLog:\n"
				+ "  - include: {file: v1.yaml, relativeToChangelogFile: true}\n"
				+ "  - include: {file: contract.yaml, relativeToChangelogFile: true}\n");
	}

	private String changeLog(String file) {
		return "file:" + this.directory.resolve(file);
	}

	private int phoneColumns() throws Exception {
		return Integer.parseInt(this.database.query("select count(*) from information_schema.columns where "
				+ "lower(table_name) = 'customer' and lower(column_name) = 'phone' and table_schema = "
				+ this.engine.currentSchema()).get(0));
	}

	private static String await(RunningApp app, Predicate<String> condition) throws InterruptedException {
		long deadline = System.nanoTime() + PROMPTLY.toNanos();
		String body = migrations(app);
		while (!condition.test(body) && System.nanoTime() < deadline) {
			Thread.sleep(50);
			body = migrations(app);
		}
		assertThat(condition.test(body)).as(body).isTrue();
		return body;
	}

	private static String migrations(RunningApp app) {
		return app.get("/actuator/migrations").body();
	}

	private static int instances(String body) {
		try {
			return ((List<?>) JsonPath.read(body, "$.fleet.instances")).size();
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	private static List<String> contractable(String body) {
		try {
			List<String> tables = JsonPath.read(body, "$.fleet.contractable[*].table");
			List<String> columns = JsonPath.read(body, "$.fleet.contractable[*].column");
			List<String> keys = new ArrayList<>();
			for (int i = 0; i < tables.size(); i++) {
				keys.add((tables.get(i) + ((columns.get(i) != null) ? "." + columns.get(i) : "")).toLowerCase());
			}
			return keys;
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

	private static String secondsIn(String message) {
		int at = message.indexOf("last seen ") + "last seen ".length();
		return message.substring(at, message.indexOf(' ', at));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class FleetApplication {

	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = dev.ratchet.boot.fleet.n.Customer.class)
	static class ReleaseN {

	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = dev.ratchet.boot.fleet.n1.Customer.class)
	static class ReleaseN1 {

	}

}
