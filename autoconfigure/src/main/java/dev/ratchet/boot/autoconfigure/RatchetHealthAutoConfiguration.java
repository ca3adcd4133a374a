package dev.ratchet.boot.autoconfigure;

import dev.ratchet.boot.actuate.MigrationsHealthIndicator;
import dev.ratchet.boot.snapshot.MigrationSnapshots;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for the {@code migrations} health indicator.
 */
@AutoConfiguration(after = RatchetAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnEnabledHealthIndicator("migrations")
@ConditionalOnBean(MigrationSnapshots.class)
public final class RatchetHealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "migrationsHealthIndicator")
	MigrationsHealthIndicator migrationsHealthIndicator(MigrationSnapshots snapshots, RatchetProperties properties) {
		return new MigrationsHealthIndicator(snapshots, properties.getHealth().getDownOn());
	}

}
