package dev.ratchet.diagnostics;

import dev.ratchet.lint.Finding;
import dev.ratchet.liquibase.MigrationBlockedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup stopped by blocking findings: every blocked changeset, its rule,
 * target, why it is dangerous, the safe alternative and the exact approval.
 */
class MigrationBlockedFailureAnalyzer extends AbstractFailureAnalyzer<MigrationBlockedException> {

	private static final String NL = System.lineSeparator();

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationBlockedException cause) {
		StringBuilder description = new StringBuilder();
		description.append("Ratchet blocked the Liquibase update of '")
			.append(cause.getBeanName())
			.append("': ")
			.append(cause.getBlocking().size())
			.append(" pending change(s) would destroy data or break the release still running.")
			.append(NL)
			.append("Nothing ran; the database is as it was.")
			.append(NL);
		for (Finding finding : cause.getBlocking()) {
			description.append(NL).append(describe(finding));
		}
		String action = "Make each change the expand/contract way shown under 'instead', or, once you have checked "
				+ "that no deployed release depends on what it removes, approve the changeset as shown under "
				+ "'approve'. The rules are documented in Ratchet's docs/rules.md.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

	private static String describe(Finding finding) {
		String target = (finding.target() != null) ? " on " + finding.target() : "";
		return "  " + finding.changeSet() + NL
				+ "    rule:     " + finding.rule().id() + " (" + finding.severity().id() + ")" + NL
				+ "    change:   " + finding.changeType() + target + ": " + finding.message() + NL
				+ "    why:      " + finding.rule().risk() + NL
				+ "    instead:  " + finding.suggestion() + NL
				+ "    approve:  add '" + finding.approvalComment() + " <reason>' to the changeset's comment, or set"
				+ NL + "              ratchet.validation.approved=" + finding.approvalProperty() + NL;
	}

}
