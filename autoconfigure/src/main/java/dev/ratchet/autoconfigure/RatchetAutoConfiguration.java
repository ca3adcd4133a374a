package dev.ratchet.autoconfigure;

import dev.ratchet.autoconfigure.RatchetProperties.ValidationMode;
import dev.ratchet.liquibase.RatchetLiquibasePostProcessor;
import dev.ratchet.liquibase.RatchetLiquibasePostProcessor.Settings;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.function.SingletonSupplier;

/**
 * Auto-configuration for Ratchet: decorates Spring Boot's {@link SpringLiquibase} so that
 * pending changesets are linted before the update runs.
 */
@AutoConfiguration(after = LiquibaseAutoConfiguration.class)
@ConditionalOnClass(SpringLiquibase.class)
@ConditionalOnBooleanProperty(name = "ratchet.enabled", matchIfMissing = true)
@ConditionalOnBean(SpringLiquibase.class)
@EnableConfigurationProperties(RatchetProperties.class)
public final class RatchetAutoConfiguration {

	@Bean
	static RatchetLiquibasePostProcessor ratchetLiquibasePostProcessor(ObjectProvider<RatchetProperties> properties) {
		return new RatchetLiquibasePostProcessor(SingletonSupplier.of(() -> settings(properties.getObject())));
	}

	private static Settings settings(RatchetProperties properties) {
		RatchetProperties.Validation validation = properties.getValidation();
		ValidationMode mode = validation.getMode();
		return new Settings(mode != ValidationMode.OFF, mode == ValidationMode.ENFORCE,
				validation.isAllowDropFirst(), LintPolicies.from(validation));
	}

}
