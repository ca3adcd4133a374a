package dev.ratchet.boot.snapshot;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import dev.ratchet.boot.jpa.clinic.ClinicEntities;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.testsupport.JpaApps;
import dev.ratchet.boot.testsupport.PostgresDatabase;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drift between the entities and a schema that Liquibase built, in the snapshot the
 * endpoint serves, on H2 and PostgreSQL.
 */
class EntityChecksTests {

	private static final List<String> EVERY_KIND = List.of("missing-table error visit Visit",
			"missing-column error owner.city Owner", "type-mismatch error owner.age Owner",
			"length-mismatch error owner.email Owner", "nullable-mismatch error owner.phone Owner",
			"nullable-mismatch warn owner.nickname Owner", "unmapped-required-column error owner.tenant_id Owner",
			"extra-column info owner.legacy_code Owner", "extra-table info audit_log null");

	@Test
	void reportsEveryKindOfEntityDriftOnH2() {
		onH2("classpath:drift/clinic-drifted.yaml").run(hasEveryKindOfDrift());
	}

	@Test
	void reportsEveryKindOfEntityDriftOnPostgreSql() {
		try (PostgresDatabase database = PostgresDatabase.create()) {
			JpaApps.runner(database.url(), ClinicEntities.class, "classpath:drift/clinic-drifted.yaml")
				.run(hasEveryKindOfDrift());
		}
	}

	@Test
	void retiredColumnsAreOnlyInformationOnH2() {
		onH2("classpath:drift/clinic-agreeing.yaml").run(hasOnlyRetiredColumns());
	}

	@Test
	void retiredColumnsAreOnlyInformationOnPostgreSql() {
		try (PostgresDatabase database = PostgresDatabase.create()) {
			JpaApps.runner(database.url(), ClinicEntities.class, "classpath:drift/clinic-agreeing.yaml")
				.run(hasOnlyRetiredColumns());
		}
	}

	@Test
	void pairsTheOnlyPersistenceUnitWithTheOnlyChangelogWhenTheyUseDifferentDataSources() {
		String url = h2Url();
		JpaApps.runner(url, ClinicEntities.class, "classpath:drift/clinic-drifted.yaml")
			.withPropertyValues("spring.liquibase.url=" + url, "spring.liquibase.user=sa", "spring.datasource.username=sa")
			.run(hasEveryKindOfDrift());
	}

	@Test
	void ignoresLiquibasesTablesUnderTheNamesTheyAreGiven() {
		onH2("classpath:drift/clinic-agreeing.yaml")
			.withPropertyValues("spring.liquibase.database-change-log-table=schema_history",
					"spring.liquibase.database-change-log-lock-table=schema_history_lock")
			.run(hasOnlyRetiredColumns());
	}

	@Test
	void reportsNoEntityDriftWhenDriftIsDisabled() {
		onH2("classpath:drift/clinic-drifted.yaml")
			.withPropertyValues("ratchet.drift.enabled=false", "ratchet.compat.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				MigrationState state = JpaApps.state(context);
				assertThat(state.drift()).isEmpty();
				assertThat(state.status()).isEqualTo(MigrationStatus.UP_TO_DATE);
			});
	}

	@Test
	void everyRefreshComparesTheEntitiesAgain() {
		onH2("classpath:drift/clinic-drifted.yaml").run((context) -> {
			context.getBean(SnapshotRefresher.class).refresh();
			assertThat(describe(JpaApps.state(context).drift())).containsExactlyInAnyOrderElementsOf(EVERY_KIND);
		});
	}

	private static ApplicationContextRunner onH2(String changeLog) {
		return JpaApps.runner(h2Url(), ClinicEntities.class, changeLog);
	}

	private static String h2Url() {
		return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	private static ContextConsumer<AssertableApplicationContext> hasEveryKindOfDrift() {
		return (context) -> {
			assertThat(context).hasNotFailed();
			MigrationState state = JpaApps.state(context);
			assertThat(describe(state.drift())).containsExactlyInAnyOrderElementsOf(EVERY_KIND);
			assertThat(state.status()).isEqualTo(MigrationStatus.DRIFTED);
			assertThat(state.summary().drift()).isEqualTo(6);
			item(state, "missing-column", (item) -> assertThat(item.expected()).isEqualTo("varchar(60)"));
			item(state, "length-mismatch", (item) -> {
				assertThat(item.expected()).isEqualTo("varchar(200)");
				assertThat(item.actual()).contains("100");
			});
		};
	}

	private static ContextConsumer<AssertableApplicationContext> hasOnlyRetiredColumns() {
		return (context) -> {
			assertThat(context).hasNotFailed();
			MigrationState state = JpaApps.state(context);
			assertThat(describe(state.drift())).containsExactlyInAnyOrder("extra-column info owner.legacy_code Owner",
					"extra-column info owner.fax Owner");
			assertThat(state.status()).isEqualTo(MigrationStatus.UP_TO_DATE);
			assertThat(state.summary().drift()).isZero();
		};
	}

	private static void item(MigrationState state, String kind, Consumer<DriftItem> assertions) {
		assertThat(state.drift()).filteredOn((item) -> item.kind().id().equals(kind)).singleElement().satisfies(assertions);
	}

	private static List<String> describe(List<DriftItem> drift) {
		return drift.stream().map(EntityChecksTests::describe).toList();
	}

	private static String describe(DriftItem item) {
		String target = (item.column() != null) ? item.table() + "." + item.column() : item.table();
		return item.kind() + " " + item.severity() + " " + target.toLowerCase(Locale.ROOT) + " " + item.entity();
	}

}
