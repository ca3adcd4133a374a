package dev.ratchet.liquibase;

import java.util.function.Supplier;

import dev.ratchet.lint.ChangeSetLinter;
import dev.ratchet.lint.LintPolicy;
import liquibase.integration.spring.SpringLiquibase;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Decorates every {@link SpringLiquibase} bean, never replacing it: its customizer is
 * wrapped so pending changesets are linted before the update, and {@code drop-first} is
 * refused unless allowed.
 */
public class RatchetLiquibasePostProcessor implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(RatchetLiquibasePostProcessor.class);

	private final Supplier<Settings> settings;

	/**
	 * Creates a new instance.
	 * @param settings the validation settings, resolved when the first bean is processed
	 */
	public RatchetLiquibasePostProcessor(Supplier<Settings> settings) {
		this.settings = settings;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase) {
			decorate(liquibase);
		}
		return bean;
	}

	private void decorate(SpringLiquibase liquibase) {
		Settings settings = this.settings.get();
		if (!settings.validate() || liquibase.getCustomizer() instanceof ValidatingCustomizer) {
			return;
		}
		if (liquibase.isDropFirst() && !settings.allowDropFirst()) {
			DropFirstNotAllowedException refusal = new DropFirstNotAllowedException(liquibase.getBeanName());
			if (settings.enforce()) {
				throw refusal;
			}
			logger.warn(refusal.getMessage() + " Not blocked (ratchet.validation.mode=warn).");
		}
		liquibase.setCustomizer(new ValidatingCustomizer(liquibase, liquibase.getCustomizer(),
				new ChangeSetLinter(settings.policy()), settings.enforce()));
	}

	/**
	 * What the post-processor enforces.
	 *
	 * @param validate whether pending changesets are linted at all
	 * @param enforce whether blocking findings stop the update (otherwise they are logged)
	 * @param allowDropFirst whether {@code drop-first} may run
	 * @param policy the severities and approvals in force
	 */
	public record Settings(boolean validate, boolean enforce, boolean allowDropFirst, LintPolicy policy) {
	}

}
