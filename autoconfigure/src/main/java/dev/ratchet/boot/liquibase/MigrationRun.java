package dev.ratchet.boot.liquibase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.ratchet.boot.liquibase.MigrationRuns.ChangeSetRun;
import dev.ratchet.boot.liquibase.MigrationRuns.ParsedChangeLog;
import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.RunOutcome;

/**
 * One boot-time update of one {@code SpringLiquibase} bean while it runs: the customizer,
 * the change listener and {@link BootUpdate} write what they see here, and the update
 * ends with one {@link RunResult}. Why an update stopped early (a verify-only instance, a
 * blocked changeset) is recorded here, never read back from an exception.
 */
final class MigrationRun {

	private final String beanName;

	private final Instant startedAt;

	private final long startNanos;

	private final List<ChangeSetRun> changeSets = new ArrayList<>();

	private volatile ParsedChangeLog changeLog;

	private volatile boolean skipped;

	private volatile MigrationBlockedException blocked;

	private volatile RecordingChangeExecListener attempt;

	private int lockTimeouts;

	MigrationRun(String beanName, Instant startedAt) {
		this.beanName = beanName;
		this.startedAt = startedAt;
		this.startNanos = System.nanoTime();
	}

	String beanName() {
		return this.beanName;
	}

	void parsed(ParsedChangeLog changeLog) {
		this.changeLog = changeLog;
	}

	/**
	 * Records that this instance only verifies: the update stops before anything runs.
	 */
	void skip() {
		this.skipped = true;
	}

	/**
	 * Records that pending changesets are blocked: the update stops before anything runs.
	 * @param blocked what blocks them
	 */
	void block(MigrationBlockedException blocked) {
		this.blocked = blocked;
	}

	boolean skipped() {
		return this.skipped;
	}

	MigrationBlockedException blocked() {
		return this.blocked;
	}

	/**
	 * Starts an attempt, which the listener records.
	 * @param listener the listener of this attempt
	 */
	void attempt(RecordingChangeExecListener listener) {
		this.attempt = listener;
	}

	/**
	 * Returns the listener of the latest attempt.
	 * @return the listener, or {@code null} when the update stopped before it ran
	 */
	RecordingChangeExecListener lastAttempt() {
		return this.attempt;
	}

	synchronized void changeSetRan(String execType, long nanos) {
		this.changeSets.add(new ChangeSetRun(execType, nanos));
	}

	synchronized void lockTimedOut() {
		this.lockTimeouts++;
	}

	synchronized int lockTimeouts() {
		return this.lockTimeouts;
	}

	/**
	 * Ends the run.
	 * @param outcome how it ended
	 * @param failedChangeSet the changeset that failed, or {@code null}
	 * @param error what went wrong, or {@code null}
	 * @return the result
	 */
	synchronized RunResult finish(RunOutcome outcome, String failedChangeSet, String error) {
		long durationMs = Duration.ofNanos(System.nanoTime() - this.startNanos).toMillis();
		LastRun lastRun = new LastRun(this.startedAt, durationMs, outcome, this.changeSets.size(), failedChangeSet,
				error, this.lockTimeouts);
		return new RunResult(this.beanName, this.changeLog, lastRun, List.copyOf(this.changeSets));
	}

}
