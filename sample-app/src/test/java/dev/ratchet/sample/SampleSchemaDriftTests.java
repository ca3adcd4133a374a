package dev.ratchet.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import dev.ratchet.boot.jpa.EntityModels;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.drift.DriftSeverity;
import dev.ratchet.drift.MappedTable;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's changelog, run by Liquibase, agrees with its entities: no drift of
 * severity error (or warn) on H2 and on PostgreSQL.
 */
class SampleSchemaDriftTests {

	private static final String POSTGRES_URL_VARIABLE = "RATCHET_TEST_POSTGRES_URL";

	@Test
	void theChangelogAgreesWithTheEntitiesOnH2() {
		assertNoDrift("jdbc:h2:mem:sample-drift-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	@Test
	void theChangelogAgreesWithTheEntitiesOnPostgreSql() throws SQLException {
		String server = System.getenv(POSTGRES_URL_VARIABLE);
		if (server == null || server.isBlank()) {
			String message = "PostgreSQL drift test skipped: set " + POSTGRES_URL_VARIABLE
					+ " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres)";
			System.err.println(message);
			Assumptions.abort(message);
		}
		String name = "ratchet_sample_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(server, "CREATE DATABASE " + name);
		try {
			assertNoDrift(server.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
		}
		finally {
			execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	private static void assertNoDrift(String url) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--ratchet.drift.fail-on=error")) {
			assertThat(context.getBean(EntityModels.class).models()).singleElement()
				.satisfies((unit) -> assertThat(unit.model().tables()).extracting(MappedTable::name)
					.containsExactlyInAnyOrder("app_user", "task"));
			MigrationState state = context.getBean(MigrationSnapshots.class).current().get("liquibase");
			List<DriftItem> drift = state.drift();
			assertThat(drift).filteredOn((item) -> item.severity() != DriftSeverity.INFO).isEmpty();
			assertThat(state.status()).isEqualTo(MigrationStatus.UP_TO_DATE);
			assertThat(state.applied()).isPositive();
		}
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
