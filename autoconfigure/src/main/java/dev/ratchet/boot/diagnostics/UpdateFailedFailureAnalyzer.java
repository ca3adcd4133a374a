package dev.ratchet.boot.diagnostics;

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

}
