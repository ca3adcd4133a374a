package dev.ratchet.lint;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link LintPolicy}.
 */
class LintPolicyTests {

	@Test
	void defaultsUseEveryRulesDefaultSeverity() {
		LintPolicy policy = LintPolicy.defaults();
		assertThat(Arrays.stream(Rule.values())).allSatisfy(
				(rule) -> assertThat(policy.severityOf(rule)).as(rule.id()).isEqualTo(rule.defaultSeverity()));
	}

	@Test
	void defaultsApproveNothing() {
		assertThat(LintPolicy.defaults().approvals().forChangeSet(ChangeSetId.parse("a.yaml::1::ana"))).isEmpty();
	}

	@Test
	void overrideReplacesOnlyThatRulesSeverity() {
		LintPolicy policy = new LintPolicy(Map.of(Rule.DROP_COLUMN, Severity.WARN), Approvals.none());
		assertThat(policy.severityOf(Rule.DROP_COLUMN)).isEqualTo(Severity.WARN);
		assertThat(policy.severityOf(Rule.DROP_TABLE)).isEqualTo(Severity.BLOCK);
		assertThat(policy.severityOf(Rule.DROP_INDEX)).isEqualTo(Severity.WARN);
	}

	@Test
	void blockRuleTurnedToWarnNoLongerBlocks() {
		LintPolicy policy = new LintPolicy(Map.of(Rule.DROP_COLUMN, Severity.WARN), Approvals.none());
		LintReport report = ChangeLogs.lintEach("rules/drop-column.yaml", policy);
		assertThat(report.findings()).hasSize(5)
			.allSatisfy((finding) -> assertThat(finding.severity()).isEqualTo(Severity.WARN));
		assertThat(report.blocks()).isFalse();
		assertThat(report.warnings()).hasSize(5);
	}

	@Test
	void ruleTurnedOffIsNotReported() {
		LintPolicy policy = new LintPolicy(Map.of(Rule.DROP_COLUMN, Severity.OFF), Approvals.none());
		assertThat(ChangeLogs.lintEach("rules/drop-column.yaml", policy).findings()).isEmpty();
	}

	@Test
	void ruleTurnedOffLeavesTheOtherRulesReported() {
		LintPolicy policy = new LintPolicy(Map.of(Rule.ADD_REQUIRED_COLUMN, Severity.OFF), Approvals.none());
		LintReport report = ChangeLogs.lintEach("order/several-destructive.yaml", policy);
		assertThat(report.findings()).extracting((finding) -> finding.rule().id())
			.containsExactly("drop-table", "rename-column", "drop-index", "blocking-index", "delete-without-where");
	}

	@Test
	void warnRuleTurnedToBlockBlocks() {
		LintPolicy policy = new LintPolicy(Map.of(Rule.DROP_INDEX, Severity.BLOCK), Approvals.none());
		LintReport report = ChangeLogs.lintEach("rules/drop-index.yaml", policy);
		assertThat(report.blocking()).extracting(Finding::rule, Finding::severity)
			.containsExactly(tuple(Rule.DROP_INDEX, Severity.BLOCK));
	}

	@Test
	void approvalStillAppliesToARuleTurnedToBlock() {
		Approvals approvals = Approvals.parse(List.of("changelogs/rules/drop-index.yaml::drop-index::ana=drop-index"),
				"ratchet.validation.approved");
		LintPolicy policy = new LintPolicy(Map.of(Rule.DROP_INDEX, Severity.BLOCK), approvals);
		LintReport report = ChangeLogs.lintEach("rules/drop-index.yaml", policy);
		assertThat(report.findings()).filteredOn((finding) -> finding.rule() == Rule.DROP_INDEX)
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.approved()).isTrue();
				assertThat(finding.blocks()).isFalse();
			});
	}

	@Test
	void policyKeepsItsConfiguredApprovals() {
		Approvals approvals = Approvals.parse(List.of("a.yaml::1::ana=drop-column"), "ratchet.validation.approved");
		assertThat(new LintPolicy(Map.of(), approvals).approvals()).isSameAs(approvals);
	}

	@Test
	void policyRequiresApprovals() {
		assertThatNullPointerException().isThrownBy(() -> new LintPolicy(Map.of(), null))
			.withMessage("approvals");
	}

}
