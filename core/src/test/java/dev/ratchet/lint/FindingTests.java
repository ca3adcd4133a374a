package dev.ratchet.lint;

import java.util.List;
import java.util.Map;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link Finding}.
 */
class FindingTests {

	private static final ChangeSetId CHANGE_SET = ChangeSetId.parse("db/changelog/008.yaml::8::ana");

	@Test
	void blockFindingThatIsNotApprovedBlocks() {
		assertThat(finding(Rule.DROP_COLUMN, Severity.BLOCK, false).blocks()).isTrue();
	}

	@Test
	void approvedBlockFindingDoesNotBlock() {
		assertThat(finding(Rule.DROP_COLUMN, Severity.BLOCK, true).blocks()).isFalse();
	}

	@Test
	void warnFindingDoesNotBlock() {
		assertThat(finding(Rule.DROP_INDEX, Severity.WARN, false).blocks()).isFalse();
	}

	@Test
	void approvalCommentNamesTheRule() {
		assertThat(finding(Rule.DROP_COLUMN, Severity.BLOCK, false).approvalComment())
			.isEqualTo("ratchet:allow drop-column");
	}

	@Test
	void approvalPropertyNamesTheChangeSetAndTheRule() {
		assertThat(finding(Rule.DROP_COLUMN, Severity.BLOCK, false).approvalProperty())
			.isEqualTo("db/changelog/008.yaml::8::ana=drop-column");
	}

	@Test
	void approvalPropertyApprovesTheFindingWhenConfigured() {
		Finding finding = ChangeLogs.lintEach("rules/drop-column.yaml").findings().get(0);
		Approvals approvals = Approvals.parse(List.of(finding.approvalProperty()), "ratchet.validation.approved");
		LintReport report = ChangeLogs.lintEach("rules/drop-column.yaml", new LintPolicy(Map.of(), approvals));
		assertThat(report.approved()).extracting(Finding::changeSet, Finding::target)
			.containsExactly(tuple(finding.changeSet(), finding.target()));
	}

	@Test
	void approvalCommentApprovesTheFindingsRule() {
		Finding finding = finding(Rule.RENAME_TABLE, Severity.BLOCK, false);
		assertThat(Approvals.fromComment(finding.approvalComment() + " because the view keeps the old name",
				finding.changeSet()))
			.containsExactly(Rule.RENAME_TABLE);
	}

	@Test
	void findingRequiresWhatItReports() {
		assertThatNullPointerException().isThrownBy(() -> new Finding(null, Severity.BLOCK, false, CHANGE_SET,
				"dropColumn", "orders.legacy_ref", "drops column legacy_ref", "suggestion"))
			.withMessage("rule");
		assertThatNullPointerException().isThrownBy(() -> new Finding(Rule.DROP_COLUMN, Severity.BLOCK, false, null,
				"dropColumn", "orders.legacy_ref", "drops column legacy_ref", "suggestion"))
			.withMessage("changeSet");
	}

	private static Finding finding(Rule rule, Severity severity, boolean approved) {
		return new Finding(rule, severity, approved, CHANGE_SET, "dropColumn", "orders.legacy_ref",
				"drops column legacy_ref", rule.suggestion());
	}

}
