package dev.ratchet.boot.liquibase;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;


import dev.ratchet.lint.LintPolicy;
import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.liquibase.autoconfigure.DataSourceClosingSpringLiquibase;
import org.springframework.util.ClassUtils;

/**
 * Decorates every {@link SpringLiquibase} bean, never replacing it: its customizer is
 * wrapped so pending changesets are linted before the update, {@code drop-first} is
 * refused unless allowed, and the bean's update runs as a {@link BootUpdate} when the bean
 * initializes, its result recorded in {@link MigrationRuns}.
 */
public class RatchetLiquibasePostProcessor implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(RatchetLiquibasePostProcessor.class);

	private static final boolean CLOSING_PRESENT = ClassUtils.isPresent(
			"org.springframework.boot.liquibase.autoconfigure.DataSourceClosingSpringLiquibase",
			RatchetLiquibasePostProcessor.class.getClassLoader());

	private final Supplier<Settings> settings;

	private final Supplier<MigrationRuns> runs;

	private final Clock clock;

	/**
	 * Creates a new instance.
	 * @param settings the settings, resolved when the first bean is processed
	 * @param runs where runs are recorded, resolved when the first bean is processed
	 * @param clock the clock
	 */
	public RatchetLiquibasePostProcessor(Supplier<Settings> settings, Supplier<MigrationRuns> runs, Clock clock) {
		this.settings = settings;
		this.runs = runs;
		this.clock = clock;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase && !(liquibase.getCustomizer() instanceof RatchetCustomizer)) {
			decorate(liquibase, beanName);
		}
		return bean;
	}

	private void decorate(SpringLiquibase liquibase, String beanName) {
		Settings settings = this.settings.get();
		if (CLOSING_PRESENT && liquibase instanceof DataSourceClosingSpringLiquibase closing) {
			closing.setCloseDataSourceOnceMigrated(false);
		}
		if (!settings.migrate()) {
			liquibase.setDropFirst(false);
		}
		else if (settings.validate() && liquibase.isDropFirst() && !settings.allowDropFirst()) {
			DropFirstNotAllowedException refusal = new DropFirstNotAllowedException(beanName);
			if (settings.enforce()) {
				throw refusal;
			}
			logger.warn(refusal.getMessage() + " Not blocked (ratchet.validation.mode=warn).");
		}
		MigrationRun run = new MigrationRun(beanName, this.clock.instant());
		liquibase.setCustomizer(new RatchetCustomizer(liquibase, liquibase.getCustomizer(), settings, run, this.clock));
		new BootUpdate(liquibase, settings, run).run(this.runs.get()::record);
	}

	/**
	 * What the post-processor enforces.
	 *
	 * @param validate whether pending changesets are linted at all
	 * @param enforce whether blocking findings stop the update (otherwise they are logged)
	 * @param allowDropFirst whether {@code drop-first} may run
	 * @param policy the severities and approvals in force
	 * @param migrate whether this instance runs the update (otherwise it is verify-only)
	 * @param continueOnFailure whether a blocked or failed update lets the application start
	 * @param lockMode how the update is locked against other instances
	 * @param lockWait how long to wait for the changelog lock
	 * @param staleAfter how long the lock may be held before it is stale
	 * @param releaseStale whether a stale lock is released before the update
	 * @param timeouts the migration session's timeouts and the retries on a lock timeout
	 */
	public record Settings(boolean validate, boolean enforce, boolean allowDropFirst, LintPolicy policy,
			boolean migrate, boolean continueOnFailure, LockMode lockMode, Duration lockWait, Duration staleAfter,
			boolean releaseStale, MigrationTimeouts timeouts) {
	}

}
