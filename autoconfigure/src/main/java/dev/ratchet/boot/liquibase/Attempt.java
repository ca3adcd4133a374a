package dev.ratchet.boot.liquibase;

import java.util.ArrayList;
import java.util.List;

import dev.ratchet.boot.liquibase.AttemptOutcome.FailedChangeSet;
import dev.ratchet.boot.liquibase.AttemptOutcome.PendingLint;
import dev.ratchet.boot.liquibase.AttemptOutcome.Stop;
import dev.ratchet.boot.liquibase.MigrationRuns.ChangeSetRun;
import dev.ratchet.lint.ParsedChangeLog;

/**
 * One attempt of a boot-time update while it runs, on the thread that runs it: the
 * customizer and the change listener note what they see, and {@link #end(Exception)} fixes it
 * as an {@link AttemptOutcome}.
 */
final class Attempt {

	private ParsedChangeLog changeLog;

	private Stop stop = Stop.NONE;

	private MigrationBlockedException blocked;

	private PendingLint linted;

	private final List<ChangeSetRun> ran = new ArrayList<>();

	private FailedChangeSet failed;

	void parsed(ParsedChangeLog changeLog) {
		this.changeLog = changeLog;
	}

	void linted(PendingLint linted) {
		this.linted = linted;
	}

	void skipped() {
		this.stop = Stop.SKIPPED;
	}

	void blocked(MigrationBlockedException blocked) {
		this.stop = Stop.BLOCKED;
		this.blocked = blocked;
	}

	void ran(ChangeSetRun changeSet) {
		this.ran.add(changeSet);
	}

	void failed(FailedChangeSet changeSet) {
		this.failed = changeSet;
	}

	/**
	 * Ends the attempt.
	 * @param failure what the update threw, or {@code null}
	 * @return what the attempt saw
	 */
	AttemptOutcome end(Exception failure) {
		return new AttemptOutcome(this.changeLog, this.stop, this.blocked, this.linted, this.ran, this.failed, failure);
	}

}
