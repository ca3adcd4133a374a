package dev.ratchet.boot.autoconfigure;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import dev.ratchet.boot.jpa.EntityModelCustomizer;
import dev.ratchet.boot.jpa.EntityModels;
import dev.ratchet.boot.jpa.clinic.ClinicEntities;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.testsupport.JpaApps;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class RatchetJpaAutoConfigurationTests {

	private final ApplicationContextRunner runner = JpaApps.runner(
			"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", ClinicEntities.class,
			"classpath:drift/clinic-agreeing.yaml");

	@Test
	void keepsTheEntityModelOfBootsPersistenceUnitWithItsDataSource() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(EntityModelCustomizer.class);
			assertThat(context.getBean(EntityModels.class).models()).singleElement().satisfies((unit) -> {
				assertThat(unit.name()).isEqualTo("default");
				assertThat(unit.dataSource()).isSameAs(context.getBean(DataSource.class));
				assertThat(unit.model().tables()).extracting((table) -> table.name() + " " + table.entity())
					.containsExactlyInAnyOrder("owner Owner", "visit Visit");
			});
		});
	}

	@Test
	void backsOffWithoutHibernateOnTheClasspath() {
		this.runner.withClassLoader(new FilteredClassLoader("org.hibernate"))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EntityModels.class)
				.hasSingleBean(MigrationSnapshots.class));
	}

	@Test
	void backsOffWhenDriftIsDisabled() {
		this.runner.withPropertyValues("ratchet.drift.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EntityModels.class)
				.doesNotHaveBean(EntityModelCustomizer.class));
	}

	@Test
	void backsOffWhenRatchetIsDisabled() {
		this.runner.withPropertyValues("ratchet.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EntityModels.class));
	}

	@Test
	void keepsTheIntegratorsOfAProviderAlreadyConfigured() {
		CountingIntegratorProvider.integrations.set(0);
		this.runner
			.withPropertyValues(
					"spring.jpa.properties.hibernate.integrator_provider=" + CountingIntegratorProvider.class.getName())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(CountingIntegratorProvider.integrations).hasValue(1);
				assertThat(context.getBean(EntityModels.class).models()).hasSize(1);
			});
	}

	/**
	 * An integrator provider a user configured, with an integrator that counts its calls.
	 */
	public static class CountingIntegratorProvider implements IntegratorProvider {

		static final AtomicInteger integrations = new AtomicInteger();

		@Override
		public List<Integrator> getIntegrators() {
			return List.of(new Integrator() {

				@Override
				public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
						SessionFactoryImplementor sessionFactory) {
					integrations.incrementAndGet();
				}

			});
		}

	}

}
