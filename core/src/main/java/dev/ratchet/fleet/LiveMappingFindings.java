package dev.ratchet.fleet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.Approvals;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;

/**
 * Adds {@link Rule#LIVE_MAPPING live-mapping} findings to the lint of the pending changesets:
 * one after each finding that drops, renames or retypes a table or column that a live
 * instance maps. Approving the first rule does not approve this one.
 */
public final class LiveMappingFindings {

	private static final Set<Rule> TABLE_RULES = EnumSet.of(Rule.DROP_TABLE, Rule.RENAME_TABLE, Rule.DROP_VIEW,
			Rule.RENAME_VIEW);

	private static final Set<Rule> COLUMN_RULES = EnumSet.of(Rule.DROP_COLUMN, Rule.RENAME_COLUMN,
			Rule.MODIFY_DATA_TYPE);

	private LiveMappingFindings() {
	}

	/**
	 * Returns the report with the live-mapping findings added.
	 * @param report the lint of the pending changesets
	 * @param comments each pending changeset's comment, which may approve the rule
	 * @param policy the application's policy
	 * @param live what the live instances map
	 * @return the report, itself when nothing is added
	 */
	public static LintReport addTo(LintReport report, Map<ChangeSetId, String> comments, LintPolicy policy,
			LiveMappings live) {
		Severity severity = policy.severityOf(Rule.LIVE_MAPPING);
		if (severity == Severity.OFF) {
			return report;
		}
		List<Finding> findings = new ArrayList<>();
		boolean added = false;
		for (Finding finding : report.findings()) {
			findings.add(finding);
			Optional<String> mapped = whoMaps(finding, live);
			if (mapped.isPresent()) {
				findings.add(new Finding(Rule.LIVE_MAPPING, severity, approved(finding.changeSet(), comments, policy),
						finding.changeSet(), finding.changeType(), finding.target(), mapped.get(),
						Rule.LIVE_MAPPING.suggestion()));
				added = true;
			}
		}
		return added ? new LintReport(report.changeSets(), findings, report.unreadable(),
				report.unresolvedParameters(), report.locations(), report.validation()) : report;
	}

	private static Optional<String> whoMaps(Finding finding, LiveMappings live) {
		String target = finding.target();
		if (target == null) {
			return Optional.empty();
		}
		if (TABLE_RULES.contains(finding.rule())) {
			return live.whoMaps(Identifiers.unqualifiedKey(target), null);
		}
		String table = Identifiers.qualifier(target);
		if (COLUMN_RULES.contains(finding.rule()) && table != null) {
			return live.whoMaps(Identifiers.unqualifiedKey(table), Identifiers.unqualifiedKey(target));
		}
		return Optional.empty();
	}

	private static boolean approved(ChangeSetId changeSet, Map<ChangeSetId, String> comments, LintPolicy policy) {
		return policy.approvals().forChangeSet(changeSet).contains(Rule.LIVE_MAPPING)
				|| Approvals.fromComment(comments.get(changeSet), changeSet).contains(Rule.LIVE_MAPPING);
	}

}
