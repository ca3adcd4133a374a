package dev.ratchet.boot.diagnostics;

import dev.ratchet.boot.liquibase.MigrationBlockedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup stopped by blocking findings: every blocked changeset, its rule,
 * target, why it is dangerous, the safe alternative and the exact approval.
 */
class MigrationBlockedFailureAnalyzer extends AbstractFailureAnalyzer<MigrationBlockedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationBlockedException cause) {
		String action = "Make each change the expand/contract way shown under 'instead', or, once you have checked "
				+ "that no deployed release depends on what it removes, approve the changeset as shown under "
				+ "'approve'. The rules are documented in Ratchet's docs/rules.md.";
		return new FailureAnalysis(cause.report(), action, cause);
	}

}
