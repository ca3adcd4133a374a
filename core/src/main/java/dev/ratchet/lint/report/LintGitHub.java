package dev.ratchet.lint.report;

import dev.ratchet.lint.ChangeSetLocation;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.UnreadableChangeSet;
import dev.ratchet.lint.UnresolvedParameter;

/**
 * Writes a {@link LintReport} as GitHub Actions workflow commands, so each finding shows as
 * an annotation on the changelog line where its changeset starts: blocking findings as
 * errors, warnings as warnings, approved findings as notices; then the summary line. Values
 * are escaped as GitHub reads them ({@code %} as {@code %25}, carriage return {@code %0D}, line
 * feed {@code %0A}, and in properties {@code :} as {@code %3A} and {@code ,} as {@code %2C}), and
 * any other control character as its {@link ControlCharacters Java escape}, so none starts a
 * command of its own.
 */
final class LintGitHub {

	private static final String NL = System.lineSeparator();

	private LintGitHub() {
	}

	static String write(LintReport report) {
		StringBuilder out = new StringBuilder();
		for (Finding finding : report.findings()) {
			String command = finding.approved() ? "notice" : finding.blocks() ? "error" : "warning";
			ChangeSetLocation location = report.location(finding.changeSet());
			String file = (location != null) ? location.file() : finding.changeSet().file();
			String target = (finding.target() != null) ? " on " + finding.target() : "";
			out.append("::").append(command).append(" file=").append(property(file));
			if (location != null && location.line() > 0) {
				out.append(",line=").append(location.line());
			}
			out.append(",title=").append(property("ratchet " + finding.rule().id()));
			out.append("::").append(data(finding.changeSet() + ": " + finding.changeType() + target + " "
					+ finding.message() + ". Instead: " + finding.suggestion() + "."
					+ (finding.approved() ? "" : " Approve with '" + finding.approvalComment() + " <reason>'.")));
			out.append(NL);
		}
		for (UnreadableChangeSet unreadable : report.unreadable()) {
			ChangeSetLocation location = report.location(unreadable.changeSet());
			out.append("::error file=")
				.append(property((location != null) ? location.file() : unreadable.changeSet().file()));
			if (location != null && location.line() > 0) {
				out.append(",line=").append(location.line());
			}
			out.append(",title=ratchet unreadable changeset::").append(data(unreadable.describe())).append(NL);
		}
		for (UnresolvedParameter parameter : report.unresolvedParameters()) {
			out.append("::warning title=ratchet unresolved parameter::").append(data(LintText.unresolved(parameter)))
				.append(NL);
		}
		return out.append(LintText.summary(report)).toString();
	}

	private static String data(String text) {
		return ControlCharacters.escaped(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
	}

	private static String property(String text) {
		return data(text).replace(":", "%3A").replace(",", "%2C");
	}

}
