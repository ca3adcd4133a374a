package dev.ratchet.boot.autoconfigure;

import dev.ratchet.boot.compat.CompatCustomizer;
import dev.ratchet.boot.compat.CompatRegistry;
import dev.ratchet.boot.jpa.EntityModelCustomizer;
import dev.ratchet.boot.jpa.EntityModels;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.RatchetSchema;
import liquibase.integration.spring.SpringLiquibase;
import org.hibernate.integrator.spi.Integrator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration for Ratchet's Hibernate integration, added to Spring Boot's
 * persistence unit through {@link HibernatePropertiesCustomizer}s: entity drift keeps
 * what the entities map so that every snapshot can compare it with the live database, and
 * compat mode rewrites the entities that the live schema lags behind.
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({ SpringLiquibase.class, Integrator.class, HibernatePropertiesCustomizer.class })
@ConditionalOnBooleanProperty(name = "ratchet.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RatchetProperties.class)
public final class RatchetJpaAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "ratchet.drift.enabled", matchIfMissing = true)
	static class EntityDriftConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EntityModels ratchetEntityModels() {
			return new EntityModels();
		}

		@Bean
		EntityModelCustomizer ratchetEntityModelCustomizer(EntityModels models) {
			return new EntityModelCustomizer(models);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "ratchet.compat.enabled", matchIfMissing = true)
	static class CompatConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CompatUsage ratchetCompatUsage() {
			return new CompatUsage();
		}

		@Bean
		@ConditionalOnMissingBean
		CompatRegistry ratchetCompatRegistry() {
			return new CompatRegistry();
		}

		@Bean
		@ConditionalOnMissingBean
		RatchetSchema ratchetSchema() {
			return new RatchetSchema();
		}

		@Bean
		CompatCustomizer ratchetCompatCustomizer(RatchetProperties properties, CompatUsage usage,
				CompatRegistry registry, RatchetSchema schema) {
			return new CompatCustomizer(properties.getCompat().getWrites(), usage, registry, schema);
		}

	}

}
