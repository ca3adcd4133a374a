package dev.ratchet.lint;

/**
 * Writes a {@link LintReport} as JSON: {@code {"changeSets": N, "findings": [...]}}, each
 * finding with the same fields as the endpoint's findings.
 */
final class LintJson {

	private LintJson() {
	}

	static String write(LintReport report) {
		StringBuilder json = new StringBuilder();
		json.append("{\"changeSets\": ").append(report.changeSets()).append(", \"findings\": [");
		String separator = "";
		for (Finding finding : report.findings()) {
			json.append(separator).append(System.lineSeparator()).append("  ");
			write(finding, json);
			separator = ",";
		}
		json.append((report.findings().isEmpty()) ? "]}" : System.lineSeparator() + "]}");
		return json.toString();
	}

	private static void write(Finding finding, StringBuilder json) {
		json.append("{\"rule\": ").append(string(finding.rule().id()));
		json.append(", \"severity\": ").append(string(finding.severity().id()));
		json.append(", \"approved\": ").append(finding.approved());
		json.append(", \"changeSet\": ").append(string(finding.changeSet().toString()));
		json.append(", \"changeType\": ").append(string(finding.changeType()));
		json.append(", \"target\": ").append(string(finding.target()));
		json.append(", \"message\": ").append(string(finding.message()));
		json.append(", \"suggestion\": ").append(string(finding.suggestion())).append('}');
	}

	private static String string(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}
