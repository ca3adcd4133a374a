package dev.ratchet.lint.report;

import java.util.List;
import java.util.Locale;

import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.ChangeSetLocation;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.UnreadableChangeSet;
import dev.ratchet.lint.UnresolvedParameter;

import static dev.ratchet.lint.report.ControlCharacters.escaped;

/**
 * Writes a {@link LintReport} for people: every finding with where its changeset is, its
 * rule, target, the safe alternative and how to approve it, the changelog parameters left
 * unresolved, then a summary line. What comes from the changelog is written with its
 * {@link ControlCharacters control characters escaped}, so each stays on its line.
 */
public final class LintText {

	private static final String NL = System.lineSeparator();

	private static final int NAMED_CHANGESETS = 3;

	private LintText() {
	}

	static String write(LintReport report) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : report.findings()) {
			String status = finding.approved() ? "approved" : finding.severity().id();
			String target = (finding.target() != null) ? " on " + finding.target() : "";
			text.append(status.toUpperCase(Locale.ROOT)).append(' ').append(escaped(finding.changeSet()));
			where(report.location(finding.changeSet()), text);
			text.append(NL);
			text.append("  rule:    ").append(finding.rule().id()).append(NL);
			text.append("  change:  ").append(escaped(finding.changeType() + target + ": " + finding.message()))
				.append(NL);
			if (!finding.approved()) {
				text.append("  instead: ").append(escaped(finding.suggestion())).append(NL);
				text.append("  approve: add '").append(escaped(finding.approvalComment()))
					.append(" <reason>' to the changeset's comment").append(NL);
			}
			text.append(NL);
		}
		for (UnreadableChangeSet unreadable : report.unreadable()) {
			text.append("UNREADABLE ").append(escaped(unreadable.changeSet()));
			where(report.location(unreadable.changeSet()), text);
			text.append(NL).append("  ").append(escaped(unreadable.describe())).append(NL).append(NL);
		}
		for (UnresolvedParameter parameter : report.unresolvedParameters()) {
			text.append("NOTE ").append(escaped(unresolved(parameter))).append(NL).append(NL);
		}
		return text.append(summary(report)).toString();
	}

	private static void where(ChangeSetLocation location, StringBuilder text) {
		if (location != null) {
			text.append(" (").append(escaped(location.file()))
				.append((location.line() > 0) ? ":" + location.line() : "")
				.append(')');
		}
	}

	/**
	 * Says which changesets use a parameter without a value and how to give it one.
	 */
	static String unresolved(UnresolvedParameter parameter) {
		List<ChangeSetId> changeSets = parameter.changeSets();
		String named = String.join(", ", changeSets.stream().limit(NAMED_CHANGESETS).map(ChangeSetId::toString).toList());
		String more = (changeSets.size() > NAMED_CHANGESETS) ? " and " + (changeSets.size() - NAMED_CHANGESETS) + " more"
				: "";
		return "changelog parameter ${" + parameter.name() + "} has no value; " + changeSets.size() + " changeset"
				+ ((changeSets.size() == 1) ? " uses" : "s use") + " it (" + named + more + "). Give it with -D"
				+ parameter.name() + "=<value> or --parameters <file>; its SQL is read with the name as written.";
	}

	/**
	 * Returns the line that counts the changesets and findings.
	 */
	public static String summary(LintReport report) {
		String counts = report.changeSets() + " changesets, " + report.findings().size() + " findings: "
				+ report.blocking().size() + " blocking, " + report.warnings().size() + " warnings, "
				+ report.approved().size() + " approved"
				+ (report.unreadable().isEmpty() ? "" : "; " + report.unreadable().size() + " changesets unreadable");
		return switch (report.validation()) {
			case ENFORCE -> counts;
			case WARN -> counts + " (ratchet.validation.mode=warn: nothing blocks the update, it runs with warnings)";
			case OFF -> counts + " (ratchet.validation.mode=off: the update checks no changeset, nor does this lint)";
		};
	}

}
