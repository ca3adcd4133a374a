package dev.ratchet.boot.metrics;

import java.sql.SQLException;

import dev.ratchet.boot.testsupport.RunningApp;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ratchet's meters on real PostgreSQL and MariaDB databases.
 */
@ParameterizedClass
@EnumSource(names = { "POSTGRESQL", "MARIADB" })
class MigrationMetricsIntegrationTests {

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
	void upToDateUpdateIsTimedAndCounted() {
		try (RunningApp app = start("db/v1.yaml").awaitFirstSnapshot()) {
			MeterRegistry registry = app.context().getBean(MeterRegistry.class);
			assertThat(gauge(registry, "migrations.changesets", "state", "applied")).isEqualTo(2);
			assertThat(gauge(registry, "migrations.changesets", "state", "pending")).isZero();
			assertThat(gauge(registry, "migrations.status", "status", "UP_TO_DATE")).isEqualTo(1);
			assertThat(gauge(registry, "migrations.status", "status", "BLOCKED")).isZero();
			assertThat(registry.get("migrations.update").tag("bean", "liquibase").tag("outcome", "success").timer()
				.count()).isEqualTo(1);
			assertThat(registry.get("migrations.changeset.execution").tag("exec.type", "executed").timer().count())
				.isEqualTo(2);
			assertThat(gauge(registry, "migrations.lock.held", null, null)).isZero();
		}
	}

	@Test
	void blockedFindingsAndDriftAreGauged() throws SQLException {
		try (RunningApp app = start("db/v1.yaml")) {
			assertThat(app.context().getBean(MeterRegistry.class)).isNotNull();
		}
		this.database.execute("insert into DATABASECHANGELOG (id, author, filename, dateexecuted, orderexecuted, "
				+ "exectype, md5sum) values ('99', 'ops', 'hotfix.sql', now(), 99, 'EXECUTED', '9:abc')");
		try (RunningApp app = start("db/v2.yaml", "ratchet.migration.on-failure=continue").awaitFirstSnapshot()) {
			MeterRegistry registry = app.context().getBean(MeterRegistry.class);
			assertThat(gauge(registry, "migrations.status", "status", "BLOCKED")).isEqualTo(1);
			assertThat(gauge(registry, "migrations.changesets", "state", "blocked")).isEqualTo(2);
			assertThat(gauge(registry, "migrations.changesets", "state", "unexpected")).isEqualTo(1);
			assertThat(gauge(registry, "migrations.findings", "rule", "drop-column")).isEqualTo(1);
			assertThat(gauge(registry, "migrations.findings", "rule", "rename-table")).isEqualTo(1);
			assertThat(gauge(registry, "migrations.drift", "kind", "unexpected-changeset"))
				.as("an unexpected changeset is one drift item, as the SPEC's drift kinds list it")
				.isEqualTo(1);
			assertThat(gauge(registry, "migrations.drift", "kind", "missing-column")).isZero();
			assertThat(registry.get("migrations.update").tag("outcome", "blocked").timer().count()).isEqualTo(1);
		}
	}

	private RunningApp start(String changeLog, String... properties) {
		String[] all = new String[properties.length + 2];
		all[0] = "spring.datasource.url=" + this.database.url();
		all[1] = "spring.liquibase.change-log=classpath:" + changeLog;
		System.arraycopy(properties, 0, all, 2, properties.length);
		return RunningApp.start(new Class<?>[] { TestApplication.class }, all);
	}

	private static double gauge(MeterRegistry registry, String name, String tag, String value) {
		var search = registry.get(name).tag("bean", "liquibase");
		return ((tag != null) ? search.tag(tag, value) : search).gauge().value();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
