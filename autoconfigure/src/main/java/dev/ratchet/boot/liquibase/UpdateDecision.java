package dev.ratchet.boot.liquibase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.ratchet.DatabaseErrors;
import dev.ratchet.boot.liquibase.AttemptOutcome.FailedChangeSet;
import dev.ratchet.boot.liquibase.AttemptOutcome.Stop;
import dev.ratchet.boot.session.MigrationTimeouts;
import dev.ratchet.state.RunOutcome;

/**
 * What a boot-time update does after an attempt: try again after a lock timeout, or finish
 * with an outcome, an error for the endpoint, what to throw and what to log. Decided in one
 * place, from the attempt's {@link AttemptOutcome} alone.
 */
sealed interface UpdateDecision {

	/**
	 * Decides what follows an attempt.
	 * @param attempt what the attempt saw
	 * @param tries the attempts so far and whether another may follow
	 * @param settings what the update enforces
	 * @param beanName the {@code SpringLiquibase} bean, named in messages
	 * @return the decision
	 */
	static UpdateDecision after(AttemptOutcome attempt, Tries tries, UpdateSettings settings, String beanName) {
		if (attempt.failure() == null) {
			return new Finish(RunOutcome.SUCCESS, null, null, null, List.of());
		}
		if (attempt.stop() == Stop.SKIPPED) {
			return new Finish(RunOutcome.SKIPPED, null, null, null, List.of(new LogLine(LogLine.Level.INFO,
					"Liquibase update of '" + beanName + "' skipped: ratchet.migration.enabled=false", null)));
		}
		if (attempt.stop() == Stop.BLOCKED) {
			MigrationBlockedException blocked = attempt.blocked();
			if (!settings.continuesOnFailure()) {
				return new Finish(RunOutcome.BLOCKED, null, blocked.getMessage(), blocked, List.of());
			}
			return new Finish(RunOutcome.BLOCKED, null, blocked.getMessage(), null,
					List.of(new LogLine(LogLine.Level.ERROR, blocked.report() + System.lineSeparator()
							+ "Starting anyway on the old schema (ratchet.migration.on-failure=continue).", null)));
		}
		MigrationTimeouts timeouts = settings.timeouts();
		if (attempt.lockTimeout() && !attempt.leftDdlBehind() && tries.mayRetry()
				&& tries.retries() < timeouts.lockRetries()) {
			int retry = tries.retries() + 1;
			Duration backoff = MigrationTimeouts.backoff(retry);
			String changeSet = (attempt.failed() != null) ? " in changeset " + attempt.failed().changeSet() : "";
			return new Retry(backoff, "Liquibase update of '" + beanName
					+ "' waited longer than ratchet.online.lock-timeout (" + timeouts.lockTimeout() + ") for a lock"
					+ changeSet + ": " + DatabaseErrors.describe(attempt.failure()) + ". Retrying in " + backoff.toMillis()
					+ " ms (retry " + retry + " of " + timeouts.lockRetries() + ", ratchet.online.lock-retries).");
		}
		return failed(attempt, tries, settings, beanName);
	}

	private static Finish failed(AttemptOutcome attempt, Tries tries, UpdateSettings settings, String beanName) {
		List<LogLine> log = new ArrayList<>();
		FailedChangeSet failed = attempt.failed();
		Exception failure = attempt.failure();
		if (attempt.lockTimeout() && attempt.leftDdlBehind()) {
			log.add(new LogLine(LogLine.Level.WARN, "Liquibase update of '" + beanName
					+ "' waited longer than ratchet.online.lock-timeout (" + settings.timeouts().lockTimeout()
					+ ") for a lock in changeset " + failed.changeSet()
					+ ". Not retried: the changeset left part of its changes behind.", null));
		}
		String note = (tries.lockTimeouts() > 0 && attempt.lockTimeout()) ? lockTimeoutNote(tries, settings) : null;
		if (failed == null && !settings.continuesOnFailure()) {
			String error = withNote(DatabaseErrors.describe(failure), note);
			RuntimeException thrown = (note != null)
					? new UpdateFailedException(beanName, null, error, null, true, failure)
					: (failure instanceof RuntimeException runtime) ? runtime
							: new IllegalStateException("Liquibase update of '" + beanName + "' failed: " + error, failure);
			return new Finish(RunOutcome.FAILED, null, error, thrown, log);
		}
		String failedChangeSet = (failed != null) ? failed.changeSet() : null;
		RanBefore ranBefore = (failed != null) ? failed.ranBefore() : null;
		String error = withNote((failed != null && failed.error() != null) ? failed.error() : DatabaseErrors.describe(failure),
				note);
		if (ranBefore != null) {
			error = withNote(error, ranBefore.explain(failedChangeSet));
		}
		UpdateFailedException thrown = new UpdateFailedException(beanName, failedChangeSet, error,
				(failed != null) ? failed.leftBehind() : null, note != null, ranBefore, failure);
		String recorded = UpdateFailedException.withLeftBehind(error, thrown.getLeftBehind());
		if (!settings.continuesOnFailure()) {
			return new Finish(RunOutcome.FAILED, failedChangeSet, recorded, thrown, log);
		}
		log.add(new LogLine(LogLine.Level.ERROR, thrown.getMessage() + System.lineSeparator()
				+ "Starting anyway on the old schema (ratchet.migration.on-failure=continue).", null));
		return new Finish(RunOutcome.FAILED, failedChangeSet, recorded, null, log);
	}

	private static String lockTimeoutNote(Tries tries, UpdateSettings settings) {
		int lockTimeouts = tries.lockTimeouts();
		return "The update waited longer than ratchet.online.lock-timeout (" + settings.timeouts().lockTimeout()
				+ ") for a lock " + ((lockTimeouts == 1) ? "once" : lockTimeouts + " times")
				+ " (ratchet.online.lock-retries=" + settings.timeouts().lockRetries()
				+ "): another session holds a lock on a table the changeset changes.";
	}

	private static String withNote(String error, String note) {
		return (note != null) ? error + System.lineSeparator() + note : error;
	}

	/**
	 * The attempts of an update so far.
	 *
	 * @param retries how many attempts were retries
	 * @param lockTimeouts how many attempts ended on a lock timeout, the latest included
	 * @param mayRetry whether another attempt may follow (not after an interrupted wait)
	 */
	record Tries(int retries, int lockTimeouts, boolean mayRetry) {
	}

	/**
	 * Try again after a wait.
	 *
	 * @param backoff how long to wait first
	 * @param message what to log, at warn
	 */
	record Retry(Duration backoff, String message) implements UpdateDecision {
	}

	/**
	 * The update is over.
	 *
	 * @param outcome how it ended
	 * @param failedChangeSet the changeset that failed, or {@code null}
	 * @param error the error the endpoint shows, or {@code null}
	 * @param thrown what stops startup, or {@code null} when the application starts
	 * @param log what to log, in order
	 */
	record Finish(RunOutcome outcome, String failedChangeSet, String error, RuntimeException thrown,
			List<LogLine> log) implements UpdateDecision {

		public Finish {
			log = List.copyOf(log);
		}

	}

	/**
	 * A line to log.
	 *
	 * @param level its level
	 * @param message the message
	 * @param cause the exception logged with it, or {@code null}
	 */
	record LogLine(Level level, String message, Throwable cause) {

		/**
		 * How loud a line is.
		 */
		enum Level {

			/** For information. */
			INFO,

			/** Something to look at. */
			WARN,

			/** Something went wrong. */
			ERROR

		}

	}

}
