package dev.ratchet.lint.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ratchet.lint.ChangeSetLocation;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.UnreadableChangeSet;
import dev.ratchet.lint.UnresolvedParameter;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;

/**
 * Writes a {@link LintReport} as SARIF 2.1.0, for code scanning: every rule with its help
 * text, one result per finding at the changelog file and the line where its changeset
 * starts, approved findings as suppressed, and the changelog parameters left unresolved as
 * notifications of the run.
 */
final class LintSarif {

	private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private LintSarif() {
	}

	static String write(LintReport report) {
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "Ratchet");
		driver.put("fullName", "Ratchet changelog lint");
		String version = LintSarif.class.getPackage().getImplementationVersion();
		if (version != null) {
			driver.put("version", version);
		}
		driver.put("rules", rules());
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", driver));
		run.put("invocations", List.of(invocation(report)));
		run.put("results", report.findings().stream().map((finding) -> result(finding, report)).toList());
		Map<String, Object> sarif = new LinkedHashMap<>();
		sarif.put("$schema", SCHEMA);
		sarif.put("version", "2.1.0");
		sarif.put("runs", List.of(run));
		return Json.write(sarif);
	}

	private static List<Object> rules() {
		List<Object> rules = new ArrayList<>();
		for (Rule rule : Rule.values()) {
			Map<String, Object> descriptor = new LinkedHashMap<>();
			descriptor.put("id", rule.id());
			descriptor.put("name", name(rule));
			descriptor.put("shortDescription", Map.of("text", sentence(rule.risk())));
			Map<String, Object> help = new LinkedHashMap<>();
			help.put("text", "Why: " + sentence(rule.risk()) + " Instead: " + sentence(rule.suggestion()));
			help.put("markdown", "**Why:** " + sentence(rule.risk()) + "\n\n**Instead:** " + sentence(rule.suggestion())
					+ "\n\nSee docs/rules.md#" + rule.id() + " in Ratchet's documentation.");
			descriptor.put("help", help);
			descriptor.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity())));
			rules.add(descriptor);
		}
		return rules;
	}

	private static Map<String, Object> invocation(LintReport report) {
		Map<String, Object> invocation = new LinkedHashMap<>();
		invocation.put("executionSuccessful", report.unreadable().isEmpty());
		List<Object> notifications = new ArrayList<>();
		for (UnreadableChangeSet unreadable : report.unreadable()) {
			Map<String, Object> notification = new LinkedHashMap<>();
			notification.put("level", "error");
			notification.put("message", Map.of("text", unreadable.describe()));
			notifications.add(notification);
		}
		for (UnresolvedParameter parameter : report.unresolvedParameters()) {
			Map<String, Object> notification = new LinkedHashMap<>();
			notification.put("level", "warning");
			notification.put("message", Map.of("text", LintText.unresolved(parameter)));
			notifications.add(notification);
		}
		invocation.put("toolExecutionNotifications", notifications);
		return invocation;
	}

	private static Map<String, Object> result(Finding finding, LintReport report) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("ruleId", finding.rule().id());
		result.put("ruleIndex", finding.rule().ordinal());
		result.put("level", level(finding.severity()));
		String target = (finding.target() != null) ? " on " + finding.target() : "";
		result.put("message", Map.of("text", finding.changeSet() + ": " + finding.changeType() + target + " "
				+ finding.message() + ". Instead: " + finding.suggestion() + "."));
		ChangeSetLocation location = report.location(finding.changeSet());
		String file = (location != null) ? location.file() : finding.changeSet().file();
		Map<String, Object> physical = new LinkedHashMap<>();
		physical.put("artifactLocation", Map.of("uri", uri(file)));
		if (location != null && location.line() > 0) {
			physical.put("region", Map.of("startLine", location.line()));
		}
		result.put("locations", List.of(Map.of("physicalLocation", physical)));
		result.put("partialFingerprints", Map.of("ratchetFinding/v1",
				fingerprint(finding.rule().id() + "|" + finding.changeSet() + "|" + finding.target())));
		if (finding.approved()) {
			Map<String, Object> suppression = new LinkedHashMap<>();
			suppression.put("kind", "inSource");
			suppression.put("justification", "approved for " + finding.rule().id() + " (" + finding.approvalComment() + ")");
			result.put("suppressions", List.of(suppression));
		}
		return result;
	}

	private static String level(Severity severity) {
		return switch (severity) {
			case BLOCK -> "error";
			case WARN -> "warning";
			case INFO -> "note";
			case OFF -> "none";
		};
	}

	private static String name(Rule rule) {
		StringBuilder name = new StringBuilder();
		for (String word : rule.id().split("-")) {
			name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return name.toString();
	}

	private static String sentence(String text) {
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + ".";
	}

	private static String uri(String file) {
		try {
			return new URI(null, null, file, null).toASCIIString();
		}
		catch (URISyntaxException ex) {
			return file.replace(" ", "%20");
		}
	}

	private static String fingerprint(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
