package dev.ratchet.lint.report;

import dev.ratchet.lint.ChangeSetLocation;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.UnreadableChangeSet;
import dev.ratchet.lint.UnresolvedParameter;

/**
 * Writes a {@link LintReport} as JSON: {@code {"changeSets": N, "findings": [...]}}, each
 * finding with the endpoint's finding fields plus the {@code file} and {@code line} of its
 * changeset, and the changelog parameters left unresolved.
 */
final class LintJson {

	private static final String NL = System.lineSeparator();

	private LintJson() {
	}

	static String write(LintReport report) {
		StringBuilder json = new StringBuilder();
		json.append("{\"changeSets\": ").append(report.changeSets()).append(", \"findings\": [");
		String separator = "";
		for (Finding finding : report.findings()) {
			json.append(separator).append(NL).append("  ");
			write(finding, report.location(finding.changeSet()), json);
			separator = ",";
		}
		json.append(report.findings().isEmpty() ? "]" : NL + "]");
		if (!report.unreadable().isEmpty()) {
			json.append(", \"unreadable\": [");
			separator = "";
			for (UnreadableChangeSet unreadable : report.unreadable()) {
				ChangeSetLocation location = report.location(unreadable.changeSet());
				json.append(separator).append(NL).append("  {\"changeSet\": ")
					.append(Json.string(unreadable.changeSet().toString()))
					.append(", \"changeType\": ").append(Json.string(unreadable.changeType()))
					.append(", \"reads\": ").append(Json.string(unreadable.file()))
					.append(", \"reason\": ").append(Json.string(unreadable.reason()))
					.append(", \"file\": ")
					.append(Json.string((location != null) ? location.file() : unreadable.changeSet().file()))
					.append(", \"line\": ").append((location != null && location.line() > 0) ? location.line() : "null")
					.append('}');
				separator = ",";
			}
			json.append(NL).append(']');
		}
		if (!report.unresolvedParameters().isEmpty()) {
			json.append(", \"unresolvedParameters\": [");
			separator = "";
			for (UnresolvedParameter parameter : report.unresolvedParameters()) {
				json.append(separator).append(NL).append("  {\"name\": ").append(Json.string(parameter.name()))
					.append(", \"changeSets\": [");
				json.append(String.join(", ",
						parameter.changeSets().stream().map((id) -> Json.string(id.toString())).toList()));
				json.append("]}");
				separator = ",";
			}
			json.append(NL).append(']');
		}
		return json.append('}').toString();
	}

	private static void write(Finding finding, ChangeSetLocation location, StringBuilder json) {
		json.append("{\"rule\": ").append(Json.string(finding.rule().id()));
		json.append(", \"severity\": ").append(Json.string(finding.severity().id()));
		json.append(", \"approved\": ").append(finding.approved());
		json.append(", \"changeSet\": ").append(Json.string(finding.changeSet().toString()));
		json.append(", \"changeType\": ").append(Json.string(finding.changeType()));
		json.append(", \"target\": ").append(Json.string(finding.target()));
		json.append(", \"message\": ").append(Json.string(finding.message()));
		json.append(", \"suggestion\": ").append(Json.string(finding.suggestion()));
		json.append(", \"file\": ").append(Json.string((location != null) ? location.file() : finding.changeSet().file()));
		json.append(", \"line\": ").append((location != null && location.line() > 0) ? location.line() : "null");
		json.append('}');
	}

}
