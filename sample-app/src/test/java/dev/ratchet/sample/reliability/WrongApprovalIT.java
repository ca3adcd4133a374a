package dev.ratchet.sample.reliability;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A destructive changeset approved for another rule than the one it breaks stays blocked,
 * whether the approval is in its comment or in configuration.
 */
class WrongApprovalIT {

	private static final String RELEASE_ONE = """
			databaseChangeLog:
			  - changeSet:
			      id: w1
			      author: it
			      changes:
			        - createTable:
			            tableName: account
			            columns:
			              - column: {name: id, type: bigint, constraints: {primaryKey: true}}
			              - column: {name: legacy_code, type: varchar(16)}
			              - column: {name: legacy_note, type: varchar(64)}
			""";

	private static final String RELEASE_TWO = RELEASE_ONE + """
			  - changeSet:
			      id: w2-drop-legacy-code
			      author: it
			      comment: "ratchet:allow rename-column legacy_code is unused"
			      changes:
			        - dropColumn: {tableName: account, columnName: legacy_code}
			  - changeSet:
			      id: w3-drop-legacy-note
			      author: it
			      changes:
			        - dropColumn: {tableName: account, columnName: legacy_note}
			""";

	@RegisterExtension
	final SampleApps apps = new SampleApps();

	@ParameterizedTest(name = "on {0}")
	@EnumSource
	void aDropColumnApprovedForAnotherRuleStaysBlockedAndTheColumnsStay(TestServer server) throws Exception {
		TestDatabase database = this.apps.createDatabase(server);
		String name = "wrong-approval-" + server.id();
		String fileName = name + ".yaml";
		Path changeLog = ChangeLogs.write(fileName, RELEASE_ONE);
		String url = "--spring.datasource.url=" + database.url();
		try (SampleAppProcess first = this.apps.start(name + "-release-1", url, ChangeLogs.changeLog(changeLog))) {
			first.awaitStarted(Duration.ofMinutes(2));
		}
		String file = database.changeLog("filename").get(0);
		ChangeLogs.write(fileName, RELEASE_TWO);
		SampleAppProcess second = this.apps.start(name + "-release-2", url, ChangeLogs.changeLog(changeLog),
				"--ratchet.validation.approved[0]=" + file + "::w3-drop-legacy-note::it=drop-table");
		assertThat(second.awaitExit(Duration.ofMinutes(2))).as(second.output()).isNotZero();
		assertThat(second.output()).contains("APPLICATION FAILED TO START")
			.contains(file + "::w2-drop-legacy-code::it")
			.contains(file + "::w3-drop-legacy-note::it")
			.contains("rule:     drop-column (block)");
		assertThat(database.columns("account")).containsExactly("id", "legacy_code", "legacy_note");
		assertThat(database.changeLog("id")).containsExactly("w1");
	}

}
