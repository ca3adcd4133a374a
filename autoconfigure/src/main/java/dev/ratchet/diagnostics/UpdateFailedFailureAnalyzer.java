package dev.ratchet.diagnostics;

import dev.ratchet.liquibase.UpdateFailedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup stopped by a failed changeset: which one, Liquibase's error and, on a
 * database that does not roll back DDL, what the changeset left behind.
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
		String action = (cause.getLeftBehind() != null) ? "Fix the changeset. It is not recorded as run, so the next "
				+ "start runs it again from its first change: first undo what it left behind (tables and columns "
				+ "are listed above; indexes, constraints and rows are not), or guard its changes with "
				+ "preconditions, then restart."
				: "Fix the changeset and restart; it is not recorded as run, so the next start runs it again.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
