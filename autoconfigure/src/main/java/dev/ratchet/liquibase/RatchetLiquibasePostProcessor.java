package dev.ratchet.liquibase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import dev.ratchet.lint.LintPolicy;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.RunOutcome;
import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.liquibase.autoconfigure.DataSourceClosingSpringLiquibase;
import org.springframework.util.ClassUtils;

/**
 * Decorates every {@link SpringLiquibase} bean, never replacing it: its customizer is
 * wrapped so pending changesets are linted before the update, {@code drop-first} is
 * refused unless allowed, and the outcome of the boot-time update is recorded. The bean's
 * own update is run here, when the bean initializes, so that a skipped update, and with
 * {@code on-failure=continue} a blocked or failed one, does not stop startup, and a failed
 * one that does stop it says what the failed changeset left behind.
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
		RatchetCustomizer customizer = new RatchetCustomizer(liquibase, liquibase.getCustomizer(), settings,
				this.runs.get(), this.clock);
		liquibase.setCustomizer(customizer);
		runNow(liquibase, beanName, new Started(this.clock.instant(), System.nanoTime(), customizer), settings);
	}

	private void runNow(SpringLiquibase liquibase, String beanName, Started start, Settings settings) {
		try {
			liquibase.afterPropertiesSet();
			RecordingChangeExecListener listener = start.customizer().listener();
			finish(beanName, start, RunOutcome.SUCCESS, (listener != null) ? listener.ran() : 0, null, null);
		}
		catch (Exception ex) {
			failed(beanName, start, settings, ex);
		}
		finally {
			liquibase.setShouldRun(false);
		}
	}

	private void failed(String beanName, Started start, Settings settings, Exception ex) {
		if (causedBy(ex, UpdateSkippedException.class) != null) {
			finish(beanName, start, RunOutcome.SKIPPED, 0, null, null);
			logger.info("Liquibase update of '" + beanName + "' skipped: ratchet.migration.enabled=false");
			return;
		}
		RecordingChangeExecListener listener = start.customizer().listener();
		int ran = (listener != null) ? listener.ran() : 0;
		MigrationBlockedException blocked = causedBy(ex, MigrationBlockedException.class);
		if (blocked != null) {
			finish(beanName, start, RunOutcome.BLOCKED, 0, null, blocked.getMessage());
			if (!settings.continueOnFailure()) {
				throw blocked;
			}
			logger.error(blocked.report() + System.lineSeparator()
					+ "Starting anyway on the old schema (ratchet.migration.on-failure=continue).");
			return;
		}
		String failedChangeSet = (listener != null) ? listener.failedChangeSet() : null;
		if (failedChangeSet == null && !settings.continueOnFailure()) {
			finish(beanName, start, RunOutcome.FAILED, ran, null, rootMessage(ex));
			String message = "Liquibase update of '" + beanName + "' failed: " + rootMessage(ex);
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(message, ex);
		}
		String error = (listener != null && listener.error() != null) ? listener.error() : rootMessage(ex);
		UpdateFailedException failure = new UpdateFailedException(beanName, failedChangeSet, error,
				(listener != null) ? listener.leftBehind() : null, ex);
		finish(beanName, start, RunOutcome.FAILED, ran, failedChangeSet,
				UpdateFailedException.withLeftBehind(error, failure.getLeftBehind()));
		if (!settings.continueOnFailure()) {
			throw failure;
		}
		logger.error(failure.getMessage() + System.lineSeparator()
				+ "Starting anyway on the old schema (ratchet.migration.on-failure=continue).", ex);
	}

	private void finish(String beanName, Started start, RunOutcome outcome, int ran, String failedChangeSet,
			String error) {
		long durationMs = Duration.ofNanos(System.nanoTime() - start.nanos()).toMillis();
		this.runs.get().finished(beanName, new LastRun(start.at(), durationMs, outcome, ran, failedChangeSet, error));
	}

	private static <T extends Throwable> T causedBy(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getName();
	}

	private record Started(Instant at, long nanos, RatchetCustomizer customizer) {
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
	 * @param lockWait how long to wait for the changelog lock
	 * @param staleAfter how long the lock may be held before it is stale
	 * @param releaseStale whether a stale lock is released before the update
	 */
	public record Settings(boolean validate, boolean enforce, boolean allowDropFirst, LintPolicy policy,
			boolean migrate, boolean continueOnFailure, Duration lockWait, Duration staleAfter,
			boolean releaseStale) {
	}

}
