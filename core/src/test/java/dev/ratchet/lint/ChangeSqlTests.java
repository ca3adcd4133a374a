package dev.ratchet.lint;

import java.util.List;

import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link ChangeSql}: what is judged is the SQL a change sends, with the
 * changeset's {@code modifySql} applied, and routines are judged where they are called.
 */
class ChangeSqlTests {

	private static final String MODIFY_SQL = "changelogs/rendered/modify-sql.yaml::";

	private static final String ROUTINES = "changelogs/rendered/routines.yaml::";

	@Test
	void modifySqlThatAppendsADropToATypedChangeIsBlocked() {
		assertThat(lint("modify-sql.yaml", LintTarget.offline(), "append-drop")).containsExactly(
				tuple("drop-column", MODIFY_SQL + "append-drop::ana", "addColumn", "customer.legacy_ref"));
	}

	@Test
	void modifySqlThatReplacesARawStatementIsJudgedAsWhatItSends() {
		assertThat(lint("modify-sql.yaml", LintTarget.offline(), "replace-select")).containsExactly(
				tuple("delete-without-where", MODIFY_SQL + "replace-select::ana", "sql", "orders"));
	}

	@Test
	void modifySqlThatRewritesAStatementWithARegularExpressionIsJudged() {
		assertThat(lint("modify-sql.yaml", LintTarget.offline(), "regexp-index")).containsExactly(
				tuple("blocking-index", MODIFY_SQL + "regexp-index::ana", "createIndex", "orders"),
				tuple("truncate-table", MODIFY_SQL + "regexp-index::ana", "createIndex", "orders"));
	}

	@Test
	void modifySqlForAnotherDatabaseIsNotApplied() {
		assertThat(lint("modify-sql.yaml", LintTarget.offline(), "mysql-only")).isEmpty();
		assertThat(lint("modify-sql.yaml", LintTarget.offline(List.of("mysql")), "mysql-only")).containsExactly(
				tuple("drop-column", MODIFY_SQL + "mysql-only::ana", "addColumn", "customer.legacy_ref"));
	}

	@Test
	void everyDatabaseTheChangelogNamesIsRenderedForAll() {
		assertThat(lint("modify-sql.yaml", LintTarget.offline(List.of(LintTarget.ALL)), "mysql-only"))
			.containsExactly(tuple("drop-column", MODIFY_SQL + "mysql-only::ana", "addColumn", "customer.legacy_ref"));
	}

	@Test
	void harmlessModifySqlFindsNothing() {
		for (String id : List.of("collate", "same-type", "engine")) {
			assertThat(lint("modify-sql.yaml", LintTarget.offline(List.of(LintTarget.ALL)), id)).as(id).isEmpty();
		}
	}

	@Test
	void aRoutineCreatedInOneChangesetIsJudgedWhereAnotherCallsIt() {
		LintReport report = new ChangeSetLinter(LintPolicy.defaults())
			.lintRun(ChangeLogs.parse("rendered/routines.yaml").subList(0, 2));
		assertThat(report.findings()).extracting((f) -> f.rule().id(), (f) -> f.changeSet().toString(),
				Finding::target)
			.containsExactly(tuple("delete-without-where", ROUTINES + "call-purge::ana", "orders"));
		assertThat(report.findings().get(0).message()).isEqualTo("calls purge_orders() (created in changeset "
				+ ROUTINES + "create-purge::ana), whose body deletes every row of orders");
	}

	@Test
	void aRoutineCreatedAndNeverCalledIsAllowed() {
		assertThat(new ChangeSetLinter(LintPolicy.defaults())
			.lintRun(ChangeLogs.parse("rendered/routines.yaml").subList(0, 1))
			.findings()).isEmpty();
	}

	@Test
	void staticLintStillFindsTheCallOfARoutineCreatedInAnEarlierChangeset() {
		LintReport report = new ChangeSetLinter(LintPolicy.defaults())
			.lintEach(ChangeLogs.parse("rendered/routines.yaml").subList(0, 4));
		assertThat(report.findings()).extracting((f) -> f.rule().id(), (f) -> f.changeSet().id())
			.containsExactly(tuple("delete-without-where", "call-purge"), tuple("truncate-table", "call-wipe"));
	}

	@Test
	void aCalledProcedureThatIsNotKnownIsNotInspected() {
		LintReport report = new ChangeSetLinter(LintPolicy.defaults())
			.lintEach(ChangeLogs.parse("rendered/routines.yaml").subList(4, 5));
		assertThat(report.findings()).extracting((f) -> f.rule().id(), Finding::target, Finding::message)
			.containsExactly(tuple("unparsed-sql-opaque", "vanished",
					"calls procedure vanished, whose body is not inspected"));
	}

	@Test
	void anApprovalOfTheCallingChangesetApprovesWhatTheRoutineDoes() {
		LintPolicy policy = new LintPolicy(java.util.Map.of(),
				Approvals.parse(List.of(ROUTINES + "call-purge::ana=delete-without-where"), "test"));
		LintReport report = new ChangeSetLinter(policy)
			.lintRun(ChangeLogs.parse("rendered/routines.yaml").subList(0, 2));
		assertThat(report.findings()).extracting(Finding::approved).containsExactly(true);
		assertThat(report.blocks()).isFalse();
	}

	private static List<org.assertj.core.groups.Tuple> lint(String changeLog, LintTarget target, String id) {
		ChangeSet changeSet = ChangeLogs.parse("rendered/" + changeLog)
			.stream()
			.filter((candidate) -> candidate.getId().equals(id))
			.findFirst()
			.orElseThrow();
		return new ChangeSetLinter(LintPolicy.defaults(), target).lintEach(List.of(changeSet))
			.findings()
			.stream()
			.map((f) -> tuple(f.rule().id(), f.changeSet().toString(), f.changeType(), f.target()))
			.toList();
	}

}
