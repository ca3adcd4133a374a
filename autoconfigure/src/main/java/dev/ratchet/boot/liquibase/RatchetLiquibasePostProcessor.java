package dev.ratchet.boot.liquibase;

import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

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

	private final Supplier<UpdateSettings> settings;

	private final Supplier<MigrationRuns> runs;

	private final Clock clock;

	private final Set<SpringLiquibase> decorated = Collections
		.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

	/**
	 * Creates a new instance.
	 * @param settings the settings, resolved when the first bean is processed
	 * @param runs where runs are recorded, resolved when the first bean is processed
	 * @param clock the clock
	 */
	public RatchetLiquibasePostProcessor(Supplier<UpdateSettings> settings, Supplier<MigrationRuns> runs, Clock clock) {
		this.settings = settings;
		this.runs = runs;
		this.clock = clock;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase && this.decorated.add(liquibase)) {
			decorate(liquibase, beanName);
		}
		return bean;
	}

	private void decorate(SpringLiquibase liquibase, String beanName) {
		UpdateSettings settings = this.settings.get();
		if (CLOSING_PRESENT && liquibase instanceof DataSourceClosingSpringLiquibase closing) {
			closing.setCloseDataSourceOnceMigrated(false);
		}
		if (!settings.migrate()) {
			liquibase.setDropFirst(false);
		}
		else if (settings.validates() && liquibase.isDropFirst() && !settings.allowDropFirst()) {
			DropFirstNotAllowedException refusal = new DropFirstNotAllowedException(beanName);
			if (settings.enforces()) {
				throw refusal;
			}
			logger.warn(refusal.getMessage() + " Not blocked (ratchet.validation.mode=warn).");
		}
		new BootUpdate(liquibase, settings, this.clock).run(this.runs.get()::record);
	}

}
