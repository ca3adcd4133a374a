package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.List;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LintReport}.
 */
class LintReportTests {

	private static final ChangeSetId CHANGE_SET = ChangeSetId.parse("db/changelog/008.yaml::8::ana");

	private final Finding blocking = finding(Rule.DROP_TABLE, Severity.BLOCK, false);

	private final Finding approved = finding(Rule.DROP_COLUMN, Severity.BLOCK, true);

	private final Finding warning = finding(Rule.DROP_INDEX, Severity.WARN, false);

	private final Finding approvedWarning = finding(Rule.DROP_FOREIGN_KEY, Severity.WARN, true);

	@Test
	void reportWithABlockingFindingBlocks() {
		LintReport report = new LintReport(1, List.of(this.warning, this.blocking, this.approved));
		assertThat(report.blocks()).isTrue();
		assertThat(report.blocking()).containsExactly(this.blocking);
	}

	@Test
	void reportWithOnlyApprovedAndWarnFindingsDoesNotBlock() {
		LintReport report = new LintReport(1, List.of(this.approved, this.warning, this.approvedWarning));
		assertThat(report.blocks()).isFalse();
		assertThat(report.blocking()).isEmpty();
	}

	@Test
	void approvedFindingsAreReportedWhateverTheirSeverity() {
		LintReport report = new LintReport(1,
				List.of(this.blocking, this.approved, this.warning, this.approvedWarning));
		assertThat(report.findings()).hasSize(4);
		assertThat(report.approved()).containsExactly(this.approved, this.approvedWarning);
	}

	@Test
	void warningsAreWarnFindingsThatAreNotApproved() {
		LintReport report = new LintReport(1,
				List.of(this.blocking, this.approved, this.warning, this.approvedWarning));
		assertThat(report.warnings()).containsExactly(this.warning);
	}

	@Test
	void reportKeepsACopyOfTheFindings() {
		List<Finding> findings = new ArrayList<>(List.of(this.blocking));
		LintReport report = new LintReport(1, findings);
		findings.add(this.warning);
		assertThat(report.findings()).containsExactly(this.blocking);
	}

	private static Finding finding(Rule rule, Severity severity, boolean approved) {
		return new Finding(rule, severity, approved, CHANGE_SET, "dropTable", "orders", "drops table orders",
				rule.suggestion());
	}

}
