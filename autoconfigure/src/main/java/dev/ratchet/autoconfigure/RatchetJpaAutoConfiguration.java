package dev.ratchet.autoconfigure;

import dev.ratchet.jpa.EntityModelCustomizer;
import dev.ratchet.jpa.EntityModels;
import liquibase.integration.spring.SpringLiquibase;
import org.hibernate.integrator.spi.Integrator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for entity drift: a Hibernate integrator, added to Spring Boot's
 * persistence unit through a {@link HibernatePropertiesCustomizer}, keeps what the
 * entities map so that every snapshot can compare it with the live database.
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({ SpringLiquibase.class, Integrator.class, HibernatePropertiesCustomizer.class })
@ConditionalOnBooleanProperty(name = { "ratchet.enabled", "ratchet.drift.enabled" }, matchIfMissing = true)
public final class RatchetJpaAutoConfiguration {

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
