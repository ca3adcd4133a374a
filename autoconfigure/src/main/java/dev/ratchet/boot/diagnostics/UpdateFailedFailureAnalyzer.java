package dev.ratchet.boot.diagnostics;

import dev.ratchet.boot.liquibase.RanBefore;
import dev.ratchet.boot.liquibase.UpdateFailedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup stopped by a failed changeset: which one, Liquibase's error and, on a
 * database that does not roll back DDL, what the changeset left behind; for an update that
 * kept waiting too long for a lock, how to find the session holding it.
 */
class UpdateFailedFailureAnalyzer extends AbstractFailureAnalyzer<UpdateFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UpdateFailedException cause) {
		if (cause.getRanBefore() != null) {
			return ranBefore(cause, cause.getRanBefore());
		}
		String nl = System.lineSeparator();
		StringBuilder description = new StringBuilder(cause.headline()).append('.').append(nl);
		if (cause.getLeftBehind() != null) {
			description.append(cause.getLeftBehind()).append(nl);
		}
		description.append(nl).append(cause.getError());
		String action = cause.isLockTimeout() ? "Another session held a lock the update needs for longer than "
				+ "ratchet.online.lock-timeout on every attempt. Find it (PostgreSQL: pg_stat_activity joined with "
				+ "pg_locks; MariaDB and MySQL: SHOW PROCESSLIST) and let it finish, or run the update when the table "
				+ "is quieter; raise ratchet.online.lock-timeout or ratchet.online.lock-retries only if queries may "
				+ "wait that long behind the migration."
				: (cause.getLeftBehind() != null) ? "Fix the changeset. It is not recorded as run, so the next "
				+ "start runs it again from its first change: first undo what it left behind (tables and columns "
				+ "are listed above; indexes, constraints and rows are not), or guard its changes with "
				+ "preconditions, then restart."
				: "Fix the changeset and restart; it is not recorded as run, so the next start runs it again.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

	private static FailureAnalysis ranBefore(UpdateFailedException cause, RanBefore ranBefore) {
		String nl = System.lineSeparator();
		String changeSet = cause.getFailedChangeSet();
		StringBuilder description = new StringBuilder(cause.headline()).append(" on its first change: ")
			.append(ranBefore.existing()).append('.').append(nl).append(nl);
		if (ranBefore.appliedInFull()) {
			description.append("The changeset is not at fault: what it creates is already in the database, but ")
				.append("DATABASECHANGELOG has no row for it. It was applied but not recorded");
		}
		else {
			description.append("The changeset began to run before and was not recorded: part of what it creates is ")
				.append("in the database, but ").append(String.join(", ", ranBefore.missing())).append(" not");
		}
		description.append(", as an update interrupted between a changeset and its record leaves it where the two ")
			.append("cannot be one transaction (MariaDB, MySQL and H2 commit DDL as it runs; a changeset with ")
			.append("runInTransaction: false).");
		String record = nl + nl + "    ratchet.migration.mark-ran=" + changeSet + nl + nl
				+ "On that start Ratchet checks that the changeset's tables, columns and indexes exist, records it, "
				+ "and goes on with the update; it refuses, naming what is missing, when they do not. Remove the "
				+ "property afterwards.";
		String action = ranBefore.appliedInFull()
				? "Record changeset " + changeSet + " as run and start again:" + record
				: "Either create " + String.join(", ", ranBefore.missing()) + " by hand as changeset " + changeSet
						+ " would, then record it as run and start again:" + record + nl
						+ "or undo what it created, and start again to let it run in full.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
