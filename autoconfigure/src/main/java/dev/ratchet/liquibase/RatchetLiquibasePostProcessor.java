package dev.ratchet.liquibase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.ratchet.Causes;
import dev.ratchet.LiquibaseTables;
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
 * own update is run here, when the bean initializes, on a session that holds the migration
 * lock ({@code ratchet.lock.mode}) and has the lock timeout of {@code ratchet.online.*}, so that a skipped update, and with {@code on-failure=continue} a
 * blocked or failed one, does not stop startup, an update that waited too long for a lock
 * is tried again, and a failed one that does stop startup says what the failed changeset
 * left behind.
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
		DataSource dataSource = liquibase.getDataSource();
		liquibase.setDataSource(MigrationSession.around(dataSource, settings.timeouts(), lock(liquibase, settings)));
		Attempts attempts = new Attempts();
		try {
			while (!attempt(liquibase, beanName, start, settings, attempts)) {
				attempts.retries++;
			}
		}
		finally {
			liquibase.setShouldRun(false);
			liquibase.setDataSource(dataSource);
		}
	}

	private static MigrationLock lock(SpringLiquibase liquibase, Settings settings) {
		LockMode mode = settings.migrate() ? settings.lockMode() : LockMode.TABLE;
		String schema = (liquibase.getLiquibaseSchema() != null) ? liquibase.getLiquibaseSchema()
				: liquibase.getDefaultSchema();
		String lockTable = LiquibaseTables.orDefault(liquibase.getDatabaseChangeLogLockTable(), LiquibaseTables.LOCK);
		return new MigrationLock(mode, liquibase.getBeanName(), schema, lockTable, settings.lockWait(),
				settings.staleAfter(), settings.releaseStale());
	}

	/**
	 * Runs the update once.
	 * @return whether it is done, {@code false} when it is to be tried again
	 */
	private boolean attempt(SpringLiquibase liquibase, String beanName, Started start, Settings settings,
			Attempts attempts) {
		try {
			liquibase.afterPropertiesSet();
			attempts.ran += ran(start);
			finish(beanName, start, RunOutcome.SUCCESS, attempts, null, null);
			return true;
		}
		catch (Exception ex) {
			attempts.ran += ran(start);
			if (LockTimeouts.causedBy(ex)) {
				attempts.lockTimeouts++;
				if (retry(beanName, start, settings, attempts, ex)) {
					return false;
				}
			}
			failed(beanName, start, settings, ex, attempts);
			return true;
		}
	}

	private boolean retry(String beanName, Started start, Settings settings, Attempts attempts, Exception ex) {
		RecordingChangeExecListener listener = start.customizer().listener();
		String changeSet = (listener != null && listener.failedChangeSet() != null)
				? " in changeset " + listener.failedChangeSet() : "";
		String waited = "Liquibase update of '" + beanName + "' waited longer than ratchet.online.lock-timeout ("
				+ settings.timeouts().lockTimeout() + ") for a lock" + changeSet + ": " + Causes.rootMessage(ex);
		if (listener != null && listener.leftDdlBehind()) {
			logger.warn(waited + ". Not retried: the changeset left part of its changes behind.");
			return false;
		}
		if (attempts.retries >= settings.timeouts().lockRetries()) {
			return false;
		}
		Duration backoff = MigrationTimeouts.backoff(attempts.retries + 1);
		logger.warn(waited + ". Retrying in " + backoff.toMillis() + " ms (retry " + (attempts.retries + 1) + " of "
				+ settings.timeouts().lockRetries() + ", ratchet.online.lock-retries).");
		try {
			Thread.sleep(backoff.toMillis());
			return true;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int ran(Started start) {
		RecordingChangeExecListener listener = start.customizer().listener();
		return (listener != null) ? listener.ran() : 0;
	}

	private void failed(String beanName, Started start, Settings settings, Exception ex, Attempts attempts) {
		if (Causes.find(ex, UpdateSkippedException.class).isPresent()) {
			finish(beanName, start, RunOutcome.SKIPPED, attempts, null, null);
			logger.info("Liquibase update of '" + beanName + "' skipped: ratchet.migration.enabled=false");
			return;
		}
		RecordingChangeExecListener listener = start.customizer().listener();
		MigrationBlockedException blocked = Causes.find(ex, MigrationBlockedException.class).orElse(null);
		if (blocked != null) {
			finish(beanName, start, RunOutcome.BLOCKED, attempts, null, blocked.getMessage());
			if (!settings.continueOnFailure()) {
				throw blocked;
			}
			logger.error(blocked.report() + System.lineSeparator()
					+ "Starting anyway on the old schema (ratchet.migration.on-failure=continue).");
			return;
		}
		String failedChangeSet = (listener != null) ? listener.failedChangeSet() : null;
		String lockTimeout = (attempts.lockTimeouts > 0 && LockTimeouts.causedBy(ex))
				? lockTimeoutNote(settings, attempts) : null;
		if (failedChangeSet == null && !settings.continueOnFailure()) {
			String error = withNote(Causes.rootMessage(ex), lockTimeout);
			finish(beanName, start, RunOutcome.FAILED, attempts, null, error);
			if (lockTimeout != null) {
				throw new UpdateFailedException(beanName, null, error, null, true, ex);
			}
			throw (ex instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("Liquibase update of '" + beanName + "' failed: " + error, ex);
		}
		String error = withNote((listener != null && listener.error() != null) ? listener.error() : Causes.rootMessage(ex),
				lockTimeout);
		UpdateFailedException failure = new UpdateFailedException(beanName, failedChangeSet, error,
				(listener != null) ? listener.leftBehind() : null, lockTimeout != null, ex);
		finish(beanName, start, RunOutcome.FAILED, attempts, failedChangeSet,
				UpdateFailedException.withLeftBehind(error, failure.getLeftBehind()));
		if (!settings.continueOnFailure()) {
			throw failure;
		}
		logger.error(failure.getMessage() + System.lineSeparator()
				+ "Starting anyway on the old schema (ratchet.migration.on-failure=continue).", ex);
	}

	private static String lockTimeoutNote(Settings settings, Attempts attempts) {
		return "The update waited longer than ratchet.online.lock-timeout (" + settings.timeouts().lockTimeout()
				+ ") for a lock " + ((attempts.lockTimeouts == 1) ? "once" : attempts.lockTimeouts + " times")
				+ " (ratchet.online.lock-retries=" + settings.timeouts().lockRetries()
				+ "): another session holds a lock on a table the changeset changes.";
	}

	private static String withNote(String error, String note) {
		return (note != null) ? error + System.lineSeparator() + note : error;
	}

	private void finish(String beanName, Started start, RunOutcome outcome, Attempts attempts,
			String failedChangeSet, String error) {
		long durationMs = Duration.ofNanos(System.nanoTime() - start.nanos()).toMillis();
		this.runs.get()
			.finished(beanName, new LastRun(start.at(), durationMs, outcome, attempts.ran, failedChangeSet, error,
					attempts.lockTimeouts));
	}

	private record Started(Instant at, long nanos, RatchetCustomizer customizer) {
	}

	/**
	 * What the attempts of one update added up to.
	 */
	private static final class Attempts {

		private int retries;

		private int ran;

		private int lockTimeouts;

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
