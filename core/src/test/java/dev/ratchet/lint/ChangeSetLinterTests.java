package dev.ratchet.lint;

import java.util.List;

import dev.ratchet.lint.rule.Rule;
import liquibase.changelog.ChangeSet;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link ChangeSetLinter}: the rules about data and deployed code, one rule at a
 * time. The online-safety rules are off here; {@code OnlineRulesTests} covers them.
 */
class ChangeSetLinterTests {

	private static final LintPolicy POLICY = OnlineRulesTests.withoutOnlineRules();

	private static final String RULES = "changelogs/rules/";

	private static final String EXEMPTION = "changelogs/exemption/";

	private static final String ORDER = "changelogs/order/";

	@Test
	void dropTableIsBlocked() {
		assertThat(findings("drop-table.yaml", "drop-table")).containsExactly(finding("drop-table", "block",
				RULES + "drop-table.yaml::drop-table::ana", "dropTable", "legacy_orders"));
	}

	@Test
	void createTableWithDropTableRollbackIsHarmless() {
		assertThat(findings("drop-table.yaml", "create-table")).isEmpty();
	}

	@Test
	void dropColumnIsBlocked() {
		assertThat(findings("drop-column.yaml", "drop-column")).containsExactly(finding("drop-column", "block",
				RULES + "drop-column.yaml::drop-column::ana", "dropColumn", "orders.legacy_ref"));
	}

	@Test
	void dropColumnOfSeveralColumnsIsBlockedForEachColumn() {
		assertThat(findings("drop-column.yaml", "drop-columns")).containsExactly(
				finding("drop-column", "block", RULES + "drop-column.yaml::drop-columns::ana", "dropColumn",
						"orders.legacy_ref"),
				finding("drop-column", "block", RULES + "drop-column.yaml::drop-columns::ana", "dropColumn",
						"orders.legacy_note"));
	}

	@Test
	void mergeColumnsIsBlockedForBothMergedColumns() {
		assertThat(findings("drop-column.yaml", "merge-columns")).containsExactly(
				finding("drop-column", "block", RULES + "drop-column.yaml::merge-columns::ana", "mergeColumns",
						"customers.first_name"),
				finding("drop-column", "block", RULES + "drop-column.yaml::merge-columns::ana", "mergeColumns",
						"customers.last_name"));
	}

	@Test
	void addColumnIsHarmless() {
		assertThat(findings("drop-column.yaml", "add-column")).isEmpty();
	}

	@Test
	void dropColumnInXmlChangeLogIsBlocked() {
		assertThat(findings("drop-column.xml", "drop-column")).containsExactly(finding("drop-column", "block",
				RULES + "drop-column.xml::drop-column::ana", "dropColumn", "orders.legacy_ref"));
	}

	@Test
	void dropColumnInXmlRollbackIsHarmless() {
		assertThat(findings("drop-column.xml", "add-column")).isEmpty();
	}

	@Test
	void renameTableIsBlocked() {
		assertThat(findings("rename-table.yaml", "rename-table")).containsExactly(finding("rename-table", "block",
				RULES + "rename-table.yaml::rename-table::ana", "renameTable", "customer"));
	}

	@Test
	void createTableUnderTheNewNameIsHarmless() {
		assertThat(findings("rename-table.yaml", "create-table")).isEmpty();
	}

	@Test
	void renameColumnIsBlocked() {
		assertThat(findings("rename-column.yaml", "rename-column")).containsExactly(finding("rename-column", "block",
				RULES + "rename-column.yaml::rename-column::ana", "renameColumn", "customers.mail"));
	}

	@Test
	void addColumnUnderTheNewNameIsHarmless() {
		assertThat(findings("rename-column.yaml", "add-column")).isEmpty();
	}

	@Test
	void renameViewIsBlocked() {
		assertThat(findings("rename-view.yaml", "rename-view")).containsExactly(finding("rename-view", "block",
				RULES + "rename-view.yaml::rename-view::ana", "renameView", "open_orders"));
	}

	@Test
	void renameSequenceIsBlockedAsRenameView() {
		assertThat(findings("rename-view.yaml", "rename-sequence")).containsExactly(finding("rename-view", "block",
				RULES + "rename-view.yaml::rename-sequence::ana", "renameSequence", "order_seq"));
	}

	@Test
	void createViewAndSequenceUnderTheNewNamesIsHarmless() {
		assertThat(findings("rename-view.yaml", "create-view-and-sequence")).isEmpty();
	}

	@Test
	void modifyDataTypeIsBlocked() {
		assertThat(findings("modify-data-type.yaml", "modify-data-type")).containsExactly(finding("modify-data-type",
				"block", RULES + "modify-data-type.yaml::modify-data-type::ana", "modifyDataType", "orders.amount"));
	}

	@Test
	void addColumnOfTheNewTypeIsHarmless() {
		assertThat(findings("modify-data-type.yaml", "add-column")).isEmpty();
	}

	@Test
	void addNotNullConstraintIsBlocked() {
		assertThat(findings("add-not-null-constraint.yaml", "add-not-null-constraint"))
			.containsExactly(finding("add-not-null-constraint", "block",
					RULES + "add-not-null-constraint.yaml::add-not-null-constraint::ana", "addNotNullConstraint",
					"customers.email"));
	}

	@Test
	void addNullableColumnIsHarmless() {
		assertThat(findings("add-not-null-constraint.yaml", "add-nullable-column")).isEmpty();
	}

	@Test
	void addRequiredColumnIsBlocked() {
		assertThat(findings("add-required-column.yaml", "add-required-column")).containsExactly(
				finding("add-required-column", "block", RULES + "add-required-column.yaml::add-required-column::ana",
						"addColumn", "customers.phone"));
	}

	@Test
	void addPrimaryKeyColumnWithoutDefaultIsBlockedAsRequiredColumn() {
		assertThat(findings("add-required-column.yaml", "add-primary-key-column")).containsExactly(
				finding("add-required-column", "block",
						RULES + "add-required-column.yaml::add-primary-key-column::ana", "addColumn",
						"audit_entries.id"));
	}

	@Test
	void addColumnOfSeveralColumnsIsBlockedOnlyForTheRequiredOne() {
		assertThat(findings("add-required-column.yaml", "add-columns")).containsExactly(finding(
				"add-required-column", "block", RULES + "add-required-column.yaml::add-columns::ana", "addColumn",
				"customers.country"));
	}

	@Test
	void addRequiredColumnWithDefaultIsHarmless() {
		assertThat(findings("add-required-column.yaml", "add-required-column-with-default")).isEmpty();
	}

	@Test
	void addRequiredAutoIncrementColumnIsHarmless() {
		assertThat(findings("add-required-column.yaml", "add-required-auto-increment-column")).isEmpty();
	}

	@Test
	void addColumnWithoutConstraintsIsHarmless() {
		assertThat(findings("add-required-column.yaml", "add-nullable-column")).isEmpty();
	}

	@Test
	void dropDefaultValueIsBlocked() {
		assertThat(findings("drop-default-value.yaml", "drop-default-value")).containsExactly(finding(
				"drop-default-value", "block", RULES + "drop-default-value.yaml::drop-default-value::ana",
				"dropDefaultValue", "orders.status"));
	}

	@Test
	void addDefaultValueIsHarmless() {
		assertThat(findings("drop-default-value.yaml", "add-default-value")).isEmpty();
	}

	@Test
	void dropPrimaryKeyIsBlocked() {
		assertThat(findings("drop-primary-key.yaml", "drop-primary-key")).containsExactly(finding("drop-primary-key",
				"block", RULES + "drop-primary-key.yaml::drop-primary-key::ana", "dropPrimaryKey", "orders"));
	}

	@Test
	void addPrimaryKeyIsHarmless() {
		assertThat(findings("drop-primary-key.yaml", "add-primary-key")).isEmpty();
	}

	@Test
	void dropViewIsBlocked() {
		assertThat(findings("drop-view.yaml", "drop-view")).containsExactly(
				finding("drop-view", "block", RULES + "drop-view.yaml::drop-view::ana", "dropView", "open_orders"));
	}

	@Test
	void createViewIsHarmless() {
		assertThat(findings("drop-view.yaml", "create-view")).isEmpty();
	}

	@Test
	void dropProcedureIsBlockedAsDropRoutine() {
		assertThat(findings("drop-routine.yaml", "drop-procedure")).containsExactly(finding("drop-routine", "block",
				RULES + "drop-routine.yaml::drop-procedure::ana", "dropProcedure", "archive_orders"));
	}

	@Test
	void createProcedureIsHarmless() {
		assertThat(findings("drop-routine.yaml", "create-procedure")).isEmpty();
	}

	@Test
	void dropSequenceIsBlocked() {
		assertThat(findings("drop-sequence.yaml", "drop-sequence")).containsExactly(finding("drop-sequence", "block",
				RULES + "drop-sequence.yaml::drop-sequence::ana", "dropSequence", "order_seq"));
	}

	@Test
	void createSequenceIsHarmless() {
		assertThat(findings("drop-sequence.yaml", "create-sequence")).isEmpty();
	}

	@Test
	void deleteWithoutWhereIsBlocked() {
		assertThat(findings("delete-without-where.yaml", "delete-without-where")).containsExactly(finding(
				"delete-without-where", "block", RULES + "delete-without-where.yaml::delete-without-where::ana",
				"delete", "sessions"));
	}

	@Test
	void deleteWhereOneEqualsOneIsBlocked() {
		assertThat(findings("delete-without-where.yaml", "delete-where-always-true")).containsExactly(finding(
				"delete-without-where", "block", RULES + "delete-without-where.yaml::delete-where-always-true::ana",
				"delete", "sessions"));
	}

	@Test
	void deleteWithWhereIsHarmless() {
		assertThat(findings("delete-without-where.yaml", "delete-where")).isEmpty();
	}

	@Test
	void updateOfAnExistingColumnWithoutWhereIsBlockedAsAnOverwrite() {
		assertThat(findings("update-without-where.yaml", "update-without-where")).containsExactly(finding(
				"overwrite-column", "block", RULES + "update-without-where.yaml::update-without-where::ana", "update",
				"orders.currency"));
	}

	@Test
	void updateWhoseWhereIsTrueForEveryRowIsAnOverwrite() {
		assertThat(findings("update-without-where.yaml", "update-where-always-true")).containsExactly(finding(
				"overwrite-column", "block", RULES + "update-without-where.yaml::update-where-always-true::ana",
				"update", "orders.status"));
	}

	@Test
	void backfillOfAColumnAddedInTheSameRunIsWarned() {
		assertThat(findings("update-without-where.yaml", "backfill")).containsExactly(finding("update-without-where",
				"warn", RULES + "update-without-where.yaml::backfill::ana", "update", "orders"));
	}

	@Test
	void updateWithWhereIsHarmless() {
		assertThat(findings("update-without-where.yaml", "update-where")).isEmpty();
	}

	@Test
	void customChangeIsBlocked() {
		assertThat(findings("custom-change.yaml", "custom-change")).containsExactly(finding("custom-change", "block",
				RULES + "custom-change.yaml::custom-change::ana", "customChange", NoOpCustomChange.class.getName()));
	}

	@Test
	void executeCommandIsBlockedAsCustomChange() {
		assertThat(findings("custom-change.yaml", "execute-command")).containsExactly(finding("custom-change",
				"block", RULES + "custom-change.yaml::execute-command::ana", "executeCommand", "backup.sh"));
	}

	@Test
	void outputAndTagDatabaseAreHarmless() {
		assertThat(findings("custom-change.yaml", "output")).isEmpty();
	}

	@Test
	void customChangeAndExecuteCommandInXmlChangeLogAreBlocked() {
		assertThat(findings("custom-change.xml", "custom-change")).containsExactly(finding("custom-change", "block",
				RULES + "custom-change.xml::custom-change::ana", "customChange", NoOpCustomChange.class.getName()));
		assertThat(findings("custom-change.xml", "execute-command")).containsExactly(finding("custom-change",
				"block", RULES + "custom-change.xml::execute-command::ana", "executeCommand", "backup.sh"));
	}

	@Test
	void dropNotNullConstraintIsWarned() {
		assertThat(findings("drop-not-null.yaml", "drop-not-null")).containsExactly(finding("drop-not-null", "warn",
				RULES + "drop-not-null.yaml::drop-not-null::ana", "dropNotNullConstraint", "customers.phone"));
	}

	@Test
	void addNullableColumnNextToItIsHarmless() {
		assertThat(findings("drop-not-null.yaml", "add-nullable-column")).isEmpty();
	}

	@Test
	void dropForeignKeyConstraintIsWarned() {
		assertThat(findings("drop-foreign-key.yaml", "drop-foreign-key")).containsExactly(finding("drop-foreign-key",
				"warn", RULES + "drop-foreign-key.yaml::drop-foreign-key::ana", "dropForeignKeyConstraint", "orders"));
	}

	@Test
	void dropAllForeignKeyConstraintsIsWarnedAsDropForeignKey() {
		assertThat(findings("drop-foreign-key.yaml", "drop-all-foreign-keys")).containsExactly(finding(
				"drop-foreign-key", "warn", RULES + "drop-foreign-key.yaml::drop-all-foreign-keys::ana",
				"dropAllForeignKeyConstraints", "order_lines"));
	}

	@Test
	void addForeignKeyConstraintIsHarmless() {
		assertThat(findings("drop-foreign-key.yaml", "add-foreign-key")).isEmpty();
	}

	@Test
	void dropUniqueConstraintIsWarned() {
		assertThat(findings("drop-unique-constraint.yaml", "drop-unique-constraint")).containsExactly(finding(
				"drop-unique-constraint", "warn", RULES + "drop-unique-constraint.yaml::drop-unique-constraint::ana",
				"dropUniqueConstraint", "customers"));
	}

	@Test
	void createTableWithUniqueColumnIsHarmless() {
		assertThat(findings("drop-unique-constraint.yaml", "create-table-with-unique-column")).isEmpty();
	}

	@Test
	void dropIndexIsWarned() {
		assertThat(findings("drop-index.yaml", "drop-index")).containsExactly(
				finding("drop-index", "warn", RULES + "drop-index.yaml::drop-index::ana", "dropIndex", "orders"));
	}

	@Test
	void createIndexIsHarmless() {
		assertThat(findings("drop-index.yaml", "create-index")).isEmpty();
	}

	@Test
	void addUniqueConstraintIsWarned() {
		assertThat(findings("add-unique-constraint.yaml", "add-unique-constraint")).containsExactly(finding(
				"add-unique-constraint", "warn", RULES + "add-unique-constraint.yaml::add-unique-constraint::ana",
				"addUniqueConstraint", "customers.email"));
	}

	@Test
	void createUniqueIndexIsWarnedAsAddUniqueConstraint() {
		assertThat(findings("add-unique-constraint.yaml", "create-unique-index")).containsExactly(finding(
				"add-unique-constraint", "warn", RULES + "add-unique-constraint.yaml::create-unique-index::ana",
				"createIndex", "customers.email"));
	}

	@Test
	void createNonUniqueIndexIsHarmless() {
		assertThat(findings("add-unique-constraint.yaml", "create-index")).isEmpty();
	}

	@Test
	void createUniqueIndexOnTableCreatedInTheSameChangeSetIsHarmless() {
		assertThat(findings("add-unique-constraint.yaml", "create-table-with-unique-index")).isEmpty();
	}

	@Test
	void sqlTheParserCannotReadIsWarnedAsOpaque() {
		assertThat(findings("unparsed-sql-opaque.yaml", "sql")).containsExactly(
				finding("unparsed-sql-opaque", "warn", RULES + "unparsed-sql-opaque.yaml::sql::ana", "sql", "orders"));
	}

	@Test
	void sqlFileTheParserCannotReadIsWarnedAsOpaque() {
		assertThat(findings("unparsed-sql-opaque.yaml", "sql-file")).containsExactly(finding("unparsed-sql-opaque",
				"warn", RULES + "unparsed-sql-opaque.yaml::sql-file::ana", "sqlFile", "orders"));
	}

	@Test
	void sqlInXmlChangeLogTheParserCannotReadIsWarnedAsOpaque() {
		assertThat(findings("unparsed-sql-opaque.xml", "sql")).containsExactly(
				finding("unparsed-sql-opaque", "warn", RULES + "unparsed-sql-opaque.xml::sql::ana", "sql", "orders"));
	}

	@Test
	void sqlInFormattedSqlChangeLogIsWarnedAsOpaqueAndItsRollbackDoesNotCount() {
		assertThat(findings("unparsed-sql-opaque.sql", "backfill")).containsExactly(finding("unparsed-sql-opaque",
				"warn", RULES + "unparsed-sql-opaque.sql::backfill::ana", "sql", "orders"));
	}

	@Test
	void insertIsHarmless() {
		assertThat(findings("unparsed-sql-opaque.yaml", "insert")).isEmpty();
	}

	@Test
	void sqlOfAPreconditionDoesNotCount() {
		assertThat(findings("unparsed-sql-opaque.yaml", "insert-with-precondition")).isEmpty();
	}

	@Test
	void findingNamesWhatTheChangeDoesAndTheSafeAlternative() {
		Finding finding = ChangeLogs.lintEach("rules/drop-column.yaml", POLICY).findings().get(0);
		assertThat(finding.message()).isEqualTo("drops column legacy_ref");
		assertThat(finding.suggestion()).isEqualTo(Rule.DROP_COLUMN.suggestion());
		assertThat(finding.approved()).isFalse();
		assertThat(finding.blocks()).isTrue();
	}

	@Test
	void blockFindingBlocksTheReport() {
		LintReport report = ChangeLogs.lintEach("rules/drop-table.yaml", POLICY);
		assertThat(report.blocks()).isTrue();
		assertThat(report.blocking()).extracting(Finding::rule).containsExactly(Rule.DROP_TABLE);
	}

	@Test
	void warnFindingsDoNotBlockTheReport() {
		LintReport report = ChangeLogs.lintEach("rules/drop-foreign-key.yaml", POLICY);
		assertThat(report.blocks()).isFalse();
		assertThat(report.warnings()).hasSize(2);
	}

	@Test
	void changesToTablesCreatedEarlierInTheRunAreExemptInTheRun() {
		LintReport report = ChangeLogs.lintRun("exemption/created-earlier.yaml", POLICY);
		assertThat(report.changeSets()).isEqualTo(6);
		assertThat(report.findings()).extracting(ChangeSetLinterTests::describe)
			.containsExactly(finding("drop-column", "block",
					EXEMPTION + "created-earlier.yaml::drop-customer-email::ana", "dropColumn", "customers.email"));
	}

	@Test
	void changesToTablesCreatedByAnotherChangeSetAreNotExemptInStaticLint() {
		LintReport report = ChangeLogs.lintEach("exemption/created-earlier.yaml", POLICY);
		assertThat(report.findings()).extracting(ChangeSetLinterTests::describe)
			.containsExactly(
					finding("modify-data-type", "block", EXEMPTION + "created-earlier.yaml::retype-status::ana",
							"modifyDataType", "orders.status"),
					finding("drop-column", "block", EXEMPTION + "created-earlier.yaml::drop-note::ana", "dropColumn",
							"orders.note"),
					finding("add-not-null-constraint", "block",
							EXEMPTION + "created-earlier.yaml::require-status::ana", "addNotNullConstraint",
							"orders.status"),
					finding("add-required-column", "block",
							EXEMPTION + "created-earlier.yaml::add-required-column::ana", "addColumn",
							"orders.currency"),
					finding("drop-column", "block", EXEMPTION + "created-earlier.yaml::drop-customer-email::ana",
							"dropColumn", "customers.email"));
	}

	@Test
	void changesToTableCreatedInTheSameChangeSetAreExemptInStaticLint() {
		LintReport report = ChangeLogs.lintEach("exemption/created-same-changeset.yaml", POLICY);
		assertThat(report.findings()).extracting(ChangeSetLinterTests::describe)
			.containsExactly(finding("drop-column", "block",
					EXEMPTION + "created-same-changeset.yaml::create-and-reshape-orders::ana", "dropColumn",
					"customers.email"));
	}

	@Test
	void changesToTableCreatedInTheSameChangeSetAreExemptInTheRun() {
		LintReport report = ChangeLogs.lintRun("exemption/created-same-changeset.yaml", POLICY);
		assertThat(report.findings()).extracting(Finding::target).containsExactly("customers.email");
	}

	@Test
	void tableCreatedAndRenamedInTheRunStaysExemptUnderItsNewName() {
		assertThat(ChangeLogs.lintRun("exemption/renamed-after-create.yaml", POLICY).findings()).isEmpty();
		assertThat(ChangeLogs.lintEach("exemption/renamed-after-create.yaml", POLICY).findings())
			.extracting((finding) -> finding.rule().id())
			.containsExactly("rename-table", "drop-column");
	}

	@Test
	void everyFindingIsCollectedInChangeLogOrder() {
		LintReport report = ChangeLogs.lintEach("order/several-destructive.yaml", POLICY);
		String changeLog = ORDER + "several-destructive.yaml";
		assertThat(report.changeSets()).isEqualTo(5);
		assertThat(report.findings()).extracting(ChangeSetLinterTests::describe)
			.containsExactly(finding("drop-table", "block", changeLog + "::1::ana", "dropTable", "legacy_orders"),
					finding("rename-column", "block", changeLog + "::3::bob", "renameColumn", "customers.mail"),
					finding("drop-index", "warn", changeLog + "::3::bob", "dropIndex", "customers"),
					finding("delete-without-where", "block", changeLog + "::4::ana", "delete", "sessions"),
					finding("add-required-column", "block", changeLog + "::5::bob", "addColumn", "orders.currency"),
					finding("add-required-column", "block", changeLog + "::5::bob", "addColumn", "orders.country"));
		assertThat(report.blocking()).hasSize(5);
		assertThat(report.warnings()).extracting(Finding::rule).containsExactly(Rule.DROP_INDEX);
	}

	@Test
	void everyFindingOfIncludedChangeLogsNamesItsOwnFile() {
		LintReport report = ChangeLogs.lintRun("order/master.yaml", POLICY);
		assertThat(report.findings()).extracting(ChangeSetLinterTests::describe)
			.containsExactly(
					finding("drop-column", "block", ORDER + "001-drop.yaml::1::ana", "dropColumn",
							"orders.legacy_ref"),
					finding("rename-table", "block", ORDER + "002-rename.xml::2::bob", "renameTable", "customer"));
	}

	@Test
	void noChangeSetsGiveAnEmptyReport() {
		LintReport report = new ChangeSetLinter(POLICY).lintRun(List.of());
		assertThat(report.changeSets()).isZero();
		assertThat(report.findings()).isEmpty();
		assertThat(report.blocks()).isFalse();
	}

	private static List<Tuple> findings(String changeLog, String changeSetId) {
		ChangeSet changeSet = ChangeLogs.parse("rules/" + changeLog)
			.stream()
			.filter((candidate) -> candidate.getId().equals(changeSetId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No changeset " + changeSetId + " in " + changeLog));
		LintReport report = new ChangeSetLinter(POLICY).lintEach(List.of(changeSet));
		return report.findings().stream().map(ChangeSetLinterTests::describe).toList();
	}

	private static Tuple describe(Finding finding) {
		return tuple(finding.rule().id(), finding.severity().id(), finding.changeSet().toString(),
				finding.changeType(), finding.target());
	}

	private static Tuple finding(String rule, String severity, String changeSet, String changeType, String target) {
		return tuple(rule, severity, changeSet, changeType, target);
	}

}
