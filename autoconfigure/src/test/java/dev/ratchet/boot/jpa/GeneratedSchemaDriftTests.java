package dev.ratchet.boot.jpa;

import java.util.UUID;

import javax.sql.DataSource;

import dev.ratchet.boot.jpa.shop.ShopEntities;
import dev.ratchet.boot.testsupport.JpaApps;
import dev.ratchet.boot.testsupport.MariaDbDatabase;
import dev.ratchet.boot.testsupport.PostgresDatabase;
import dev.ratchet.drift.DriftSeverity;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A schema that Hibernate generates from the entities (plain columns of every common type,
 * an embeddable, a join column, a join table, an element collection, a secondary table,
 * single-table and joined inheritance, a version) agrees with the entity model: no drift
 * but information.
 */
class GeneratedSchemaDriftTests {

	@Test
	void aSchemaHibernateGeneratesHasNoDriftOnH2() {
		assertNoDrift("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	@Test
	void aSchemaHibernateGeneratesHasNoDriftOnPostgreSql() {
		try (PostgresDatabase database = PostgresDatabase.create()) {
			assertNoDrift(database.url());
		}
	}

	@Test
	void aSchemaHibernateGeneratesHasNoDriftOnMariaDb() {
		try (MariaDbDatabase database = MariaDbDatabase.create()) {
			assertNoDrift(database.url());
		}
	}

	private static void assertNoDrift(String url) {
		JpaApps.runner(url, ShopEntities.class, "classpath:drift/empty.yaml")
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=create")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(EntityModels.class).models()).singleElement().satisfies((unit) -> {
					assertThat(unit.dataSource()).isSameAs(context.getBean(DataSource.class));
					assertThat(unit.model().tables()).hasSize(10);
				});
				MigrationState state = JpaApps.state(context);
				assertThat(state.drift()).filteredOn((item) -> item.severity() != DriftSeverity.INFO).isEmpty();
				assertThat(state.status()).isEqualTo(MigrationStatus.UP_TO_DATE);
			});
	}

}
