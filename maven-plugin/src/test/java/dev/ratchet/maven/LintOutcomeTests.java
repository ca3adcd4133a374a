package dev.ratchet.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LintOutcomeTests {

	@TempDir
	Path resources;

	@Test
	void reportsABlockingFindingWithTheCommandLinesReport() throws IOException {
		write("drop.yaml", """
				databaseChangeLog:
				  - changeSet:
				      id: drop-phone
				      author: ana
				      changes:
				        - dropColumn: {tableName: app_user, columnName: phone}
				""");
		LintOutcome outcome = lint("db/drop.yaml");
		assertThat(outcome.status()).isEqualTo(LintOutcome.BLOCKED);
		assertThat(outcome.report()).contains("BLOCK db/drop.yaml::drop-phone::ana", "rule:    drop-column");
		assertThat(outcome.blockingFindings()).isEqualTo("1 blocking finding(s)");
		assertThat(outcome.errors()).isEmpty();
	}

	@Test
	void reportsNothingBlockingForAnAdditiveChangeLog() throws IOException {
		write("add.yaml", """
				databaseChangeLog:
				  - changeSet:
				      id: add-email
				      author: ana
				      changes:
				        - addColumn:
				            tableName: app_user
				            columns:
				              - column: {name: email, type: varchar(255)}
				""");
		LintOutcome outcome = lint("db/add.yaml");
		assertThat(outcome.status()).isEqualTo(LintOutcome.OK);
		assertThat(outcome.report()).contains("1 changesets, 0 findings: 0 blocking");
	}

	@Test
	void reportsAnUnreadableChangeLogOnErrors() {
		LintOutcome outcome = lint("db/missing.yaml");
		assertThat(outcome.status()).isEqualTo(LintOutcome.UNREADABLE);
		assertThat(outcome.errors()).contains("db/missing.yaml");
	}

	@Test
	void countsTheBlockingFindingsOfTheSummaryLine() {
		assertThat(new LintOutcome(1, "BLOCK a\n\n3 changesets, 4 findings: 2 blocking, 1 warnings, 1 approved\n", "")
			.blockingFindings()).isEqualTo("2 blocking finding(s)");
		assertThat(new LintOutcome(1, "{\"changeSets\": 3, \"findings\": []}", "").blockingFindings())
			.isEqualTo("blocking finding(s)");
	}

	private LintOutcome lint(String changeLog) {
		return LintOutcome.of(new String[] { changeLog, "--search-path", this.resources.toString() },
				getClass().getClassLoader());
	}

	private void write(String name, String content) throws IOException {
		Files.createDirectories(this.resources.resolve("db"));
		Files.writeString(this.resources.resolve("db").resolve(name), content);
	}

}
