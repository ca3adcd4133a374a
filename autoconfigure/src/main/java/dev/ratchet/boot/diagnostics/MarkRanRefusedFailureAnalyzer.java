package dev.ratchet.boot.diagnostics;

import dev.ratchet.boot.liquibase.MarkRanRefusedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup stopped because {@code ratchet.migration.mark-ran} names a changeset that
 * is not in the changelog or was not applied.
 */
class MarkRanRefusedFailureAnalyzer extends AbstractFailureAnalyzer<MarkRanRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MarkRanRefusedException cause) {
		String nl = System.lineSeparator();
		StringBuilder description = new StringBuilder("Ratchet did not record the changesets of "
				+ "ratchet.migration.mark-ran for '" + cause.getBeanName() + "' as run; nothing was recorded and "
				+ "nothing ran:").append(nl);
		cause.getReasons().forEach((reason) -> description.append("  ").append(reason).append(nl));
		return new FailureAnalysis(description.toString().stripTrailing(),
				"List in ratchet.migration.mark-ran only changesets of the changelog, as file::id::author, whose "
						+ "changes are in the database. A changeset whose objects are missing was not applied: remove it "
						+ "from the property and let the update run it.",
				cause);
	}

}
