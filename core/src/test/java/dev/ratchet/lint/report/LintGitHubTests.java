package dev.ratchet.lint.report;

import java.nio.file.Path;

import dev.ratchet.lint.LintCommand;
import dev.ratchet.lint.StaticLintFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.ratchet.lint.StaticLintFixture.changeSet;
import static dev.ratchet.lint.StaticLintFixture.createCustomer;
import static dev.ratchet.lint.StaticLintFixture.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LintGitHub}: one workflow annotation per finding, on the line where its
 * changeset starts.
 */
class LintGitHubTests {

	@TempDir
	Path folder;

	@Test
	void everyFindingIsAnAnnotationOnItsChangesetsLine() {
		StaticLintFixture fixture = new StaticLintFixture(this.folder);
		fixture.write("master.yaml", yaml(changeSet("1", createCustomer()),
				changeSet("2", "        - dropColumn: {tableName: orders, columnName: legacy_ref}\n"),
				changeSet("3", "        - dropNotNullConstraint: {tableName: orders, columnName: note}\n")));
		assertThat(fixture.lint(this.folder.resolve("master.yaml").toString(), "--search-path", this.folder.toString(),
				"--format", "github")).isEqualTo(LintCommand.BLOCKED);
		String file = this.folder.resolve("master.yaml").toString();
		assertThat(fixture.out().lines()).containsExactly(
				"::error file=" + file + ",line=11,title=ratchet drop-column::master.yaml::2::ana"
						+ ": dropColumn on orders.legacy_ref drops column legacy_ref. Instead: stop mapping the column "
						+ "(make it nullable if it is NOT NULL) in one release, then drop it in a later release. "
						+ "Approve with 'ratchet:allow drop-column <reason>'.",
				"::warning file=" + file + ",line=16,title=ratchet drop-not-null::master.yaml::3::ana: "
						+ "dropNotNullConstraint on orders.note drops the NOT NULL constraint of note. Instead: make sure "
						+ "every deployed release handles a null value first. Approve with 'ratchet:allow drop-not-null <reason>'.",
				"3 changesets, 2 findings: 1 blocking, 1 warnings, 0 approved");
	}

	@Test
	void changesetsFilesAndMessagesCannotStartAWorkflowCommandOfTheirOwn() {
		StaticLintFixture fixture = new StaticLintFixture(this.folder);
		fixture.write("master.yaml", LintTextTests.HOSTILE);
		assertThat(fixture.lint(this.folder.resolve("master.yaml").toString(), "--search-path", this.folder.toString(),
				"--format", "github")).isEqualTo(LintCommand.BLOCKED);
		assertThat(fixture.out().lines()).hasSize(2);
		assertThat(fixture.out().lines().findFirst().orElseThrow())
			.startsWith("::error file=" + this.folder.resolve("master.yaml") + ",line=2,title=ratchet drop-table::db/x.yaml%0A##[error]forged::1"
					+ "%0A::error file=a,line=1::forged%0D::warning::forged %250A::ana\\u0007\\u001b[31m: sql on customer");
	}

}
