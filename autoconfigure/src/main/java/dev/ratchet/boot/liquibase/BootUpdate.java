package dev.ratchet.boot.liquibase;

import java.time.Duration;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.ratchet.Causes;
import dev.ratchet.LiquibaseTables;
import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.boot.liquibase.RatchetLiquibasePostProcessor.Settings;
import dev.ratchet.state.RunOutcome;
import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The boot-time update of one decorated {@link SpringLiquibase} bean. It runs the bean's
 * own update ({@code afterPropertiesSet()}) itself, rather than leaving it to the bean
 * factory, because only the caller can try an update again after a lock timeout and let
 * the application start after a failure ({@code ratchet.migration.on-failure=continue}).
 * The update runs on a session that holds the migration lock ({@code ratchet.lock.mode})
 * and has the lock timeout of {@code ratchet.online.*}; it ends with one {@link RunResult}.
 */
final class BootUpdate {

	private static final Log logger = LogFactory.getLog(BootUpdate.class);

	private final SpringLiquibase liquibase;

	private final Settings settings;

	private final MigrationRun run;

	BootUpdate(SpringLiquibase liquibase, Settings settings, MigrationRun run) {
		this.liquibase = liquibase;
		this.settings = settings;
		this.run = run;
	}

	/**
	 * Runs the update, trying again after a lock timeout as far as
	 * {@code ratchet.online.lock-retries} allows. Afterwards the bean does not run again.
	 * @param recorder told of the result before anything is thrown
	 * @throws RuntimeException when the update is blocked or fails and
	 * {@code on-failure=continue} is not set
	 */
	void run(Consumer<RunResult> recorder) {
		DataSource dataSource = this.liquibase.getDataSource();
		this.liquibase.setDataSource(MigrationSession.around(dataSource, this.settings.timeouts(), lock()));
		try {
			Ending ending = attempt();
			for (int retries = 0; ending.retry(); retries++) {
				if (!retry(ending.failure(), retries)) {
					ending = end(ending.failure(), false);
					break;
				}
				ending = attempt();
			}
			recorder.accept(ending.result());
			if (ending.thrown() != null) {
				throw ending.thrown();
			}
		}
		finally {
			this.liquibase.setShouldRun(false);
			this.liquibase.setDataSource(dataSource);
		}
	}

	private MigrationLock lock() {
		LockMode mode = this.settings.migrate() ? this.settings.lockMode() : LockMode.TABLE;
		String schema = (this.liquibase.getLiquibaseSchema() != null) ? this.liquibase.getLiquibaseSchema()
				: this.liquibase.getDefaultSchema();
		String lockTable = LiquibaseTables.orDefault(this.liquibase.getDatabaseChangeLogLockTable(),
				LiquibaseTables.LOCK);
		return new MigrationLock(mode, this.liquibase.getBeanName(), schema, lockTable, this.settings.lockWait(),
				this.settings.staleAfter(), this.settings.releaseStale());
	}

	private Ending attempt() {
		try {
			this.liquibase.afterPropertiesSet();
			return Ending.of(this.run.finish(RunOutcome.SUCCESS, null, null));
		}
		catch (Exception ex) {
			boolean lockTimeout = LockTimeouts.causedBy(ex);
			if (lockTimeout) {
				this.run.lockTimedOut();
			}
			return end(ex, lockTimeout);
		}
	}

	/**
	 * Ends the update that threw, from what the run recorded.
	 * @param retryable whether it may be tried again (it waited too long for a lock)
	 */
	private Ending end(Exception ex, boolean retryable) {
		String beanName = this.run.beanName();
		if (this.run.skipped()) {
			logger.info("Liquibase update of '" + beanName + "' skipped: ratchet.migration.enabled=false");
			return Ending.of(this.run.finish(RunOutcome.SKIPPED, null, null));
		}
		MigrationBlockedException blocked = this.run.blocked();
		if (blocked != null) {
			RunResult result = this.run.finish(RunOutcome.BLOCKED, null, blocked.getMessage());
			if (!this.settings.continueOnFailure()) {
				return new Ending(result, blocked, false, ex);
			}
			logger.error(blocked.report() + System.lineSeparator()
					+ "Starting anyway on the old schema (ratchet.migration.on-failure=continue).");
			return Ending.of(result);
		}
		if (retryable && !leftDdlBehind()) {
			return new Ending(null, null, true, ex);
		}
		return failed(ex);
	}

	private boolean leftDdlBehind() {
		RecordingChangeExecListener attempt = this.run.lastAttempt();
		return attempt != null && attempt.leftDdlBehind();
	}

	private boolean retry(Exception ex, int retries) {
		RecordingChangeExecListener attempt = this.run.lastAttempt();
		String changeSet = (attempt != null && attempt.failedChangeSet() != null)
				? " in changeset " + attempt.failedChangeSet() : "";
		String waited = "Liquibase update of '" + this.run.beanName()
				+ "' waited longer than ratchet.online.lock-timeout (" + this.settings.timeouts().lockTimeout()
				+ ") for a lock" + changeSet + ": " + Causes.rootMessage(ex);
		if (retries >= this.settings.timeouts().lockRetries()) {
			return false;
		}
		Duration backoff = MigrationTimeouts.backoff(retries + 1);
		logger.warn(waited + ". Retrying in " + backoff.toMillis() + " ms (retry " + (retries + 1) + " of "
				+ this.settings.timeouts().lockRetries() + ", ratchet.online.lock-retries).");
		try {
			Thread.sleep(backoff.toMillis());
			return true;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private Ending failed(Exception ex) {
		String beanName = this.run.beanName();
		RecordingChangeExecListener attempt = this.run.lastAttempt();
		if (LockTimeouts.causedBy(ex) && attempt != null && attempt.leftDdlBehind()) {
			logger.warn("Liquibase update of '" + beanName + "' waited longer than ratchet.online.lock-timeout ("
					+ this.settings.timeouts().lockTimeout() + ") for a lock in changeset "
					+ attempt.failedChangeSet() + ". Not retried: the changeset left part of its changes behind.");
		}
		String failedChangeSet = (attempt != null) ? attempt.failedChangeSet() : null;
		String lockTimeout = (this.run.lockTimeouts() > 0 && LockTimeouts.causedBy(ex)) ? lockTimeoutNote() : null;
		if (failedChangeSet == null && !this.settings.continueOnFailure()) {
			String error = withNote(Causes.rootMessage(ex), lockTimeout);
			RunResult result = this.run.finish(RunOutcome.FAILED, null, error);
			RuntimeException thrown = (lockTimeout != null)
					? new UpdateFailedException(beanName, null, error, null, true, ex)
					: (ex instanceof RuntimeException runtime) ? runtime
							: new IllegalStateException("Liquibase update of '" + beanName + "' failed: " + error, ex);
			return new Ending(result, thrown, false, ex);
		}
		String error = withNote((attempt != null && attempt.error() != null) ? attempt.error() : Causes.rootMessage(ex),
				lockTimeout);
		UpdateFailedException failure = new UpdateFailedException(beanName, failedChangeSet, error,
				(attempt != null) ? attempt.leftBehind() : null, lockTimeout != null, ex);
		RunResult result = this.run.finish(RunOutcome.FAILED, failedChangeSet,
				UpdateFailedException.withLeftBehind(error, failure.getLeftBehind()));
		if (!this.settings.continueOnFailure()) {
			return new Ending(result, failure, false, ex);
		}
		logger.error(failure.getMessage() + System.lineSeparator()
				+ "Starting anyway on the old schema (ratchet.migration.on-failure=continue).", ex);
		return Ending.of(result);
	}

	private String lockTimeoutNote() {
		int lockTimeouts = this.run.lockTimeouts();
		return "The update waited longer than ratchet.online.lock-timeout (" + this.settings.timeouts().lockTimeout()
				+ ") for a lock " + ((lockTimeouts == 1) ? "once" : lockTimeouts + " times")
				+ " (ratchet.online.lock-retries=" + this.settings.timeouts().lockRetries()
				+ "): another session holds a lock on a table the changeset changes.";
	}

	private static String withNote(String error, String note) {
		return (note != null) ? error + System.lineSeparator() + note : error;
	}

	/**
	 * How an attempt ended: with a result (and what to throw, if anything), or to be tried
	 * again.
	 */
	private record Ending(RunResult result, RuntimeException thrown, boolean retry, Exception failure) {

		static Ending of(RunResult result) {
			return new Ending(result, null, false, null);
		}

	}

}
