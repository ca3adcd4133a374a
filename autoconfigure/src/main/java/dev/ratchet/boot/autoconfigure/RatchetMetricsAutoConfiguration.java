package dev.ratchet.boot.autoconfigure;

import java.util.List;

import dev.ratchet.boot.fleet.FleetRegistry;
import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.metrics.CompatMetrics;
import dev.ratchet.boot.metrics.FleetMetrics;
import dev.ratchet.boot.metrics.MigrationStateMetrics;
import dev.ratchet.boot.metrics.MigrationUpdateMetrics;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.spi.CompatPlans;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.lint.LintPolicy;
import io.micrometer.core.instrument.binder.MeterBinder;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for Ratchet's Micrometer meters; without Micrometer on the classpath
 * Ratchet works without them.
 */
@AutoConfiguration(after = { RatchetAutoConfiguration.class, RatchetJpaAutoConfiguration.class })
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(MigrationSnapshots.class)
public final class RatchetMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrationStateMetrics migrationStateMetrics(MigrationSnapshots snapshots, ListableBeanFactory beanFactory,
			LintPolicy policy) {
		return new MigrationStateMetrics(snapshots,
				() -> List.of(beanFactory.getBeanNamesForType(SpringLiquibase.class, false, false)), policy);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(FleetRegistry.class)
	FleetMetrics fleetMetrics(FleetRegistry fleet) {
		return new FleetMetrics(fleet);
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationUpdateMetrics migrationUpdateMetrics(MigrationRuns runs) {
		return new MigrationUpdateMetrics(runs);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean({ CompatUsage.class, CompatPlans.class })
	CompatMetrics compatMetrics(CompatUsage usage, CompatPlans plans) {
		return new CompatMetrics(usage, plans);
	}

}
