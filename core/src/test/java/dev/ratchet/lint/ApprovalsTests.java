package dev.ratchet.lint;

import java.util.List;
import java.util.Map;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.UnknownRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link Approvals}.
 */
class ApprovalsTests {

	private static final String PROPERTY = "ratchet.validation.approved";

	private static final ChangeSetId CHANGE_SET = ChangeSetId.parse("db/changelog/008.yaml::8::ana");

	@Test
	void commentApprovesExactlyTheNamedRule() {
		assertThat(Approvals.fromComment("ratchet:allow drop-column because nothing reads it since 1.4", CHANGE_SET))
			.containsExactly(Rule.DROP_COLUMN);
	}

	@Test
	void commentApprovesSeveralRulesSeparatedByCommasAndSpaces() {
		assertThat(Approvals.fromComment("ratchet:allow drop-column, rename-table ,drop-index because 2.0 moved",
				CHANGE_SET))
			.containsExactlyInAnyOrder(Rule.DROP_COLUMN, Rule.RENAME_TABLE, Rule.DROP_INDEX);
	}

	@Test
	void commentWithRuleIdsSeparatedOnlyBySpacesApprovesTheFirstAndReadsTheRestAsReason() {
		assertThat(Approvals.fromComment("ratchet:allow drop-column rename-table", CHANGE_SET))
			.containsExactly(Rule.DROP_COLUMN);
	}

	@Test
	void commentCanApproveOnASecondLine() {
		assertThat(Approvals.fromComment("Retire the legacy reference.\nratchet:allow drop-column: unused since 1.4",
				CHANGE_SET))
			.containsExactly(Rule.DROP_COLUMN);
	}

	@Test
	void commentWithSeveralMarkersApprovesEveryNamedRule() {
		assertThat(Approvals.fromComment("ratchet:allow drop-column (unused); ratchet:allow drop-index (unused)",
				CHANGE_SET))
			.containsExactlyInAnyOrder(Rule.DROP_COLUMN, Rule.DROP_INDEX);
	}

	@Test
	void commentWithoutMarkerApprovesNothing() {
		assertThat(Approvals.fromComment("drops the legacy column", CHANGE_SET)).isEmpty();
		assertThat(Approvals.fromComment(null, CHANGE_SET)).isEmpty();
	}

	@Test
	void commentNamingAnUnknownRuleFailsWithTheValidIdsAndTheChangeSet() {
		assertThatExceptionOfType(UnknownRuleException.class)
			.isThrownBy(() -> Approvals.fromComment("ratchet:allow drop-colum because of a typo", CHANGE_SET))
			.withMessageContaining("'drop-colum'")
			.withMessageContaining("db/changelog/008.yaml::8::ana")
			.withMessageContaining(String.join(", ", Rule.ids()))
			.satisfies((ex) -> assertThat(ex.getRuleId()).isEqualTo("drop-colum"));
	}

	@Test
	void configuredEntryApprovesEveryListedRule() {
		Approvals approvals = Approvals.parse(List.of("db/changelog/008.yaml::8::ana=drop-column,rename-table"),
				PROPERTY);
		assertThat(approvals.forChangeSet(CHANGE_SET)).containsExactlyInAnyOrder(Rule.DROP_COLUMN, Rule.RENAME_TABLE);
	}

	@Test
	void configuredEntrySplitAtItsCommasReadsAsWritten() {
		Approvals approvals = Approvals.parse(List.of("db/changelog/008.yaml::8::ana=drop-column", "rename-table"),
				PROPERTY);
		assertThat(approvals.forChangeSet(CHANGE_SET)).containsExactlyInAnyOrder(Rule.DROP_COLUMN, Rule.RENAME_TABLE);
	}

	@Test
	void configuredEntriesForSeveralChangeSetsStaySeparate() {
		Approvals approvals = Approvals.parse(List.of("db/changelog/008.yaml::8::ana=drop-column", "rename-table",
				"db/changelog/009.yaml::9::bob=drop-index"), PROPERTY);
		assertThat(approvals.forChangeSet(CHANGE_SET)).containsExactlyInAnyOrder(Rule.DROP_COLUMN, Rule.RENAME_TABLE);
		assertThat(approvals.forChangeSet(ChangeSetId.parse("db/changelog/009.yaml::9::bob")))
			.containsExactly(Rule.DROP_INDEX);
		assertThat(approvals.forChangeSet(ChangeSetId.parse("db/changelog/010.yaml::10::ana"))).isEmpty();
	}

	@Test
	void configuredEntryToleratesSpacesAndClasspathPrefix() {
		Approvals approvals = Approvals.parse(List.of(" classpath:/db/changelog/008.yaml::8::ana = drop-column , ",
				"", "  rename-table "), PROPERTY);
		assertThat(approvals.forChangeSet(CHANGE_SET)).containsExactlyInAnyOrder(Rule.DROP_COLUMN, Rule.RENAME_TABLE);
	}

	@Test
	void configuredEntryNamingAnUnknownRuleFailsWithTheValidIdsAndTheProperty() {
		assertThatExceptionOfType(UnknownRuleException.class)
			.isThrownBy(() -> Approvals.parse(List.of("db/changelog/008.yaml::8::ana=drop-column", "drop-tables"),
					PROPERTY))
			.withMessageContaining("'drop-tables'")
			.withMessageContaining(PROPERTY)
			.withMessageContaining(String.join(", ", Rule.ids()))
			.satisfies((ex) -> {
				assertThat(ex.getRuleId()).isEqualTo("drop-tables");
				assertThat(ex.getSource()).isEqualTo(PROPERTY);
			});
	}

	@Test
	void configuredRuleListWithoutChangeSetFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> Approvals.parse(List.of("drop-column"), PROPERTY))
			.withMessageContaining("'drop-column'")
			.withMessageContaining(PROPERTY);
	}

	@Test
	void configuredEntryWithoutAValidChangeSetIdFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Approvals.parse(List.of("db/changelog/008.yaml=drop-column"), PROPERTY))
			.withMessageContaining("file::id::author");
	}

	@Test
	void noConfiguredApprovalsApproveNothing() {
		assertThat(Approvals.none().forChangeSet(CHANGE_SET)).isEmpty();
		assertThat(Approvals.parse(List.of(), PROPERTY).forChangeSet(CHANGE_SET)).isEmpty();
	}

	@Test
	void approvedFindingIsReportedAsApprovedAndDoesNotBlock() {
		LintReport report = ChangeLogs.lintEach("approvals/comment.yaml");
		assertThat(report.findings()).filteredOn((finding) -> finding.changeSet().id().equals("drop-legacy"))
			.extracting((finding) -> finding.rule().id(), Finding::approved, Finding::blocks)
			.containsExactly(tuple("drop-column", true, false), tuple("drop-table", false, true));
		assertThat(report.approved()).extracting(Finding::target).containsExactly("orders.legacy_ref",
				"orders.legacy_ref", "customer", "orders");
	}

	@Test
	void commentApprovingSeveralRulesLeavesOtherRulesBlocking() {
		LintReport report = ChangeLogs.lintEach("approvals/comment.yaml");
		assertThat(report.findings()).filteredOn((finding) -> finding.changeSet().id().equals("several"))
			.extracting((finding) -> finding.rule().id(), Finding::approved)
			.containsExactly(tuple("drop-column", true), tuple("rename-table", true), tuple("drop-index", true),
					tuple("blocking-index", false), tuple("rename-column", false));
	}

	@Test
	void commentApprovingTheWrongRuleLeavesTheFindingBlocking() {
		LintReport report = ChangeLogs.lintEach("approvals/comment.yaml");
		assertThat(report.findings()).filteredOn((finding) -> finding.changeSet().id().equals("wrong-rule"))
			.extracting((finding) -> finding.rule().id(), Finding::approved, Finding::blocks)
			.containsExactly(tuple("drop-column", false, true));
	}

	@Test
	void commentInXmlChangeLogApprovesExactlyTheNamedRule() {
		LintReport report = ChangeLogs.lintEach("approvals/comment.xml");
		assertThat(report.findings()).extracting((finding) -> finding.rule().id(), Finding::approved)
			.containsExactly(tuple("drop-column", true), tuple("drop-table", false));
		assertThat(report.blocking()).extracting(Finding::rule).containsExactly(Rule.DROP_TABLE);
	}

	@Test
	void commentInFormattedSqlChangeLogApprovesExactlyTheNamedRule() {
		LintReport report = ChangeLogs.lintEach("approvals/comment.sql");
		assertThat(report.findings())
			.extracting((finding) -> finding.changeSet().toString(), (finding) -> finding.rule().id(),
					Finding::approved)
			.containsExactly(tuple("changelogs/approvals/comment.sql::backfill::ana", "overwrite-column", true),
					tuple("changelogs/approvals/comment.sql::unreviewed::ana", "overwrite-column", false));
		assertThat(report.approved()).hasSize(1);
		assertThat(report.blocking()).hasSize(1);
	}

	@Test
	void commentNamingAnUnknownRuleFailsTheLint() {
		assertThatExceptionOfType(UnknownRuleException.class)
			.isThrownBy(() -> ChangeLogs.lintEach("approvals/unknown-rule.yaml"))
			.withMessageContaining("'drop-colum'")
			.withMessageContaining("changelogs/approvals/unknown-rule.yaml::typo::ana")
			.withMessageContaining(String.join(", ", Rule.ids()));
	}

	@Test
	void configuredApprovalApprovesExactlyTheListedRules() {
		Approvals approvals = Approvals
			.parse(List.of("changelogs/approvals/configured.yaml::reshape::ana=drop-column,rename-table"), PROPERTY);
		LintReport report = ChangeLogs.lintEach("approvals/configured.yaml", new LintPolicy(Map.of(), approvals));
		assertThat(report.findings())
			.extracting((finding) -> finding.changeSet().id(), (finding) -> finding.rule().id(), Finding::approved)
			.containsExactly(tuple("reshape", "drop-column", true), tuple("reshape", "rename-table", true),
					tuple("reshape", "drop-table", false), tuple("other", "drop-column", false));
		assertThat(report.blocking()).extracting(Finding::target).containsExactly("legacy_orders",
				"orders.legacy_note");
	}

	@Test
	void configuredApprovalSplitAtItsCommasApprovesTheSameRules() {
		Approvals approvals = Approvals.parse(
				List.of("classpath:changelogs/approvals/configured.yaml::reshape::ana=drop-column", "rename-table"),
				PROPERTY);
		LintReport report = ChangeLogs.lintEach("approvals/configured.yaml", new LintPolicy(Map.of(), approvals));
		assertThat(report.approved()).extracting((finding) -> finding.rule().id())
			.containsExactly("drop-column", "rename-table");
	}

	@Test
	void configuredApprovalNamingTheWrongRuleLeavesTheFindingBlocking() {
		Approvals approvals = Approvals.parse(List.of("changelogs/approvals/configured.yaml::other::ana=drop-table"),
				PROPERTY);
		LintReport report = ChangeLogs.lintEach("approvals/configured.yaml", new LintPolicy(Map.of(), approvals));
		assertThat(report.approved()).isEmpty();
		assertThat(report.blocking()).hasSize(4);
	}

	@Test
	void approvedWarnFindingIsNotAWarning() {
		Approvals approvals = Approvals.parse(
				List.of("changelogs/rules/drop-index.yaml::drop-index::ana=drop-index"), PROPERTY);
		LintReport report = ChangeLogs.lintEach("rules/drop-index.yaml", new LintPolicy(Map.of(), approvals));
		assertThat(report.findings()).filteredOn((finding) -> finding.rule() == Rule.DROP_INDEX)
			.extracting(Finding::approved)
			.containsExactly(true);
		assertThat(report.warnings()).extracting(Finding::rule).doesNotContain(Rule.DROP_INDEX);
	}

}
