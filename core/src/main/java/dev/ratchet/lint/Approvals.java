package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.UnknownRuleException;

/**
 * Changesets approved for specific rules, from a changeset's comment
 * ({@code ratchet:allow <rule-id>[,<rule-id>…] reason}) or from configuration
 * ({@code file::id::author=rule-id[,rule-id]}).
 */
public final class Approvals {

	private static final String MARKER = "ratchet:allow";

	private static final Approvals NONE = new Approvals(Map.of());

	private final Map<String, Set<Rule>> byChangeSet;

	private Approvals(Map<String, Set<Rule>> byChangeSet) {
		this.byChangeSet = byChangeSet;
	}

	/**
	 * Returns no configured approvals.
	 * @return the empty approvals
	 */
	public static Approvals none() {
		return NONE;
	}

	/**
	 * Parses configured approvals. An entry without {@code =} continues the rule list of
	 * the entry before it, so a comma-separated property value split by the binder reads
	 * as written.
	 * @param entries entries of the form {@code file::id::author=rule-id[,rule-id]}
	 * @param source the property name, for messages
	 * @return the approvals
	 * @throws InvalidApprovalException when an entry is malformed
	 * @throws UnknownRuleException when an entry names an unknown rule
	 */
	public static Approvals parse(List<String> entries, String source) {
		Map<String, Set<Rule>> approvals = new HashMap<>();
		String current = null;
		for (String entry : entries) {
			String trimmed = entry.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			int equals = trimmed.lastIndexOf('=');
			String rules = trimmed;
			if (equals >= 0) {
				current = changeSetOf(trimmed.substring(0, equals), trimmed, source);
				rules = trimmed.substring(equals + 1);
			}
			else if (current == null) {
				throw new InvalidApprovalException(trimmed, source);
			}
			Set<Rule> approved = approvals.computeIfAbsent(current, (key) -> EnumSet.noneOf(Rule.class));
			for (String id : rules.split(",")) {
				if (!id.isBlank()) {
					approved.add(Rule.require(id.trim(), source));
				}
			}
		}
		return new Approvals(Collections.unmodifiableMap(approvals));
	}

	private static String changeSetOf(String text, String entry, String source) {
		try {
			return ChangeSetId.parse(text).toString();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidApprovalException(entry, source);
		}
	}

	/**
	 * Reads the rules a changeset's comment approves.
	 * @param comment the comment, may be {@code null}
	 * @param changeSet the changeset, for messages
	 * @return the approved rules
	 * @throws UnknownRuleException when the comment names an unknown rule
	 */
	public static Set<Rule> fromComment(String comment, ChangeSetId changeSet) {
		Set<Rule> approved = EnumSet.noneOf(Rule.class);
		if (comment == null) {
			return approved;
		}
		int at = comment.indexOf(MARKER);
		while (at >= 0) {
			for (String id : ruleIdsAfter(comment, at + MARKER.length())) {
				approved.add(Rule.require(id, "the comment of changeset " + changeSet));
			}
			at = comment.indexOf(MARKER, at + MARKER.length());
		}
		return approved;
	}

	private static List<String> ruleIdsAfter(String comment, int start) {
		List<String> ids = new ArrayList<>();
		int i = skipSpaces(comment, start);
		while (i < comment.length()) {
			int end = i;
			while (end < comment.length() && isRuleIdChar(comment.charAt(end))) {
				end++;
			}
			if (end == i) {
				break;
			}
			ids.add(comment.substring(i, end));
			int next = skipSpaces(comment, end);
			if (next >= comment.length() || comment.charAt(next) != ',') {
				break;
			}
			i = skipSpaces(comment, next + 1);
		}
		return ids;
	}

	private static int skipSpaces(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isRuleIdChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
	}

	/**
	 * Returns the rules configuration approves for a changeset.
	 * @param changeSet the changeset
	 * @return the approved rules, empty when none
	 */
	public Set<Rule> forChangeSet(ChangeSetId changeSet) {
		return this.byChangeSet.getOrDefault(changeSet.toString(), Set.of());
	}

}
