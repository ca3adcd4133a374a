package dev.ratchet.boot.liquibase;

import java.util.List;

import dev.ratchet.boot.liquibase.MigrationRuns.ChangeSetRun;
import dev.ratchet.boot.session.LockTimeouts;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.ParsedChangeLog;

/**
 * What one attempt of a boot-time update saw, fixed once the attempt is over: what the
 * customizer decided before anything ran, what the change listener saw run and fail, and
 * what Liquibase threw.
 *
 * @param changeLog the changelog Liquibase parsed, or {@code null} when it did not get that far
 * @param stop why the customizer stopped the update before it ran, or {@link Stop#NONE}
 * @param blocked the findings that blocked it, when {@code stop} is {@link Stop#BLOCKED}
 * @param linted the lint of the pending changesets, or {@code null} when they were not linted
 * @param ran the changesets that ran, in order
 * @param failed the changeset that failed, or {@code null}
 * @param failure what the update threw, or {@code null} when it succeeded
 */
record AttemptOutcome(ParsedChangeLog changeLog, Stop stop, MigrationBlockedException blocked, PendingLint linted,
		List<ChangeSetRun> ran, FailedChangeSet failed, Exception failure) {

	AttemptOutcome {
		ran = List.copyOf(ran);
	}

	/**
	 * Returns whether the attempt failed because a statement waited too long for a lock.
	 * @return whether a lock wait timed out
	 */
	boolean lockTimeout() {
		return this.failure != null && LockTimeouts.causedBy(this.failure);
	}

	/**
	 * Returns whether the failed changeset left part of its changes in the database.
	 * @return whether running it again would start from a changed schema
	 */
	boolean leftDdlBehind() {
		return this.failed != null && this.failed.leftDdlBehind();
	}

	/**
	 * Why the customizer stopped an update before it ran.
	 */
	enum Stop {

		/** It did not: the update ran, or failed on its own. */
		NONE,

		/** This instance only verifies ({@code ratchet.migration.enabled=false}). */
		SKIPPED,

		/** A pending changeset has a blocking finding. */
		BLOCKED

	}

	/**
	 * A changeset that failed.
	 *
	 * @param changeSet the changeset, {@code file::id::author}
	 * @param error what the database said
	 * @param leftBehind what it left in the database, or {@code null}
	 * @param leftDdlBehind whether it ran outside a transaction, or on a database that commits
	 * DDL as it runs, and left part of its changes
	 * @param ranBefore what its first change creates that already exists, when it ran before
	 * without being recorded; otherwise {@code null}
	 */
	record FailedChangeSet(String changeSet, String error, String leftBehind, boolean leftDdlBehind,
			RanBefore ranBefore) {
	}

	/**
	 * The pending changesets the customizer linted, and the report.
	 *
	 * @param changeSets the changesets, {@code file::id::author}, in order
	 * @param report the report
	 */
	record PendingLint(List<String> changeSets, LintReport report) {

		PendingLint {
			changeSets = List.copyOf(changeSets);
		}

	}

}
