package dev.ratchet.lint;

import java.util.Locale;

/**
 * Writes a {@link LintReport} for people: every finding with its rule, target, the safe
 * alternative and how to approve it, then a summary line.
 */
final class LintText {

	private static final String NL = System.lineSeparator();

	private LintText() {
	}

	static String write(LintReport report) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : report.findings()) {
			String status = finding.approved() ? "approved" : finding.severity().id();
			String target = (finding.target() != null) ? " on " + finding.target() : "";
			text.append(status.toUpperCase(Locale.ROOT)).append(' ').append(finding.changeSet()).append(NL);
			text.append("  rule:    ").append(finding.rule().id()).append(NL);
			text.append("  change:  ").append(finding.changeType()).append(target).append(": ")
				.append(finding.message()).append(NL);
			if (!finding.approved()) {
				text.append("  instead: ").append(finding.suggestion()).append(NL);
				text.append("  approve: add '").append(finding.approvalComment())
					.append(" <reason>' to the changeset's comment").append(NL);
			}
			text.append(NL);
		}
		text.append(report.changeSets()).append(" changesets, ").append(report.findings().size())
			.append(" findings: ").append(report.blocking().size()).append(" blocking, ")
			.append(report.warnings().size()).append(" warnings, ").append(report.approved().size())
			.append(" approved");
		return text.toString();
	}

}
