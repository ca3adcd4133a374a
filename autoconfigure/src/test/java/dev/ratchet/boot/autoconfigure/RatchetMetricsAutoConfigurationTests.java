package dev.ratchet.boot.autoconfigure;

import java.util.UUID;

import dev.ratchet.boot.metrics.MigrationStateMetrics;
import dev.ratchet.boot.metrics.MigrationUpdateMetrics;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class RatchetMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				RatchetAutoConfiguration.class, RatchetMetricsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"spring.liquibase.change-log=classpath:db/v1.yaml");

	@Test
	void registersTheMeterBinders() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(MigrationStateMetrics.class)
			.hasSingleBean(MigrationUpdateMetrics.class));
	}

	@Test
	void theStarterWorksWithoutMicrometer() {
		this.runner.withClassLoader(new FilteredClassLoader(MeterBinder.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(MigrationSnapshots.class)
				.doesNotHaveBean(MigrationStateMetrics.class));
	}

}
