package dev.ratchet.boot.autoconfigure;

import dev.ratchet.boot.actuate.MigrationsEndpoint;
import dev.ratchet.boot.fleet.FleetRegistry;
import dev.ratchet.boot.snapshot.MigrationSnapshots;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for the {@code migrations} endpoint, available only when the user
 * exposes it, like every actuator endpoint.
 */
@AutoConfiguration(after = RatchetAutoConfiguration.class)
@ConditionalOnClass({ MigrationsEndpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
@ConditionalOnBean(MigrationSnapshots.class)
public final class RatchetEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrationsEndpoint migrationsEndpoint(MigrationSnapshots snapshots, ObjectProvider<FleetRegistry> fleet) {
		return new MigrationsEndpoint(snapshots, () -> {
			FleetRegistry registry = fleet.getIfAvailable();
			return (registry != null) ? registry.snapshot() : null;
		});
	}

}
