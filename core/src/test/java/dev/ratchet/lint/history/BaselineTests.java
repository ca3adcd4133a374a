package dev.ratchet.lint.history;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.ratchet.lint.LintCommand;
import dev.ratchet.lint.StaticLintFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.ratchet.lint.StaticLintFixture.addNickname;
import static dev.ratchet.lint.StaticLintFixture.changeSet;
import static dev.ratchet.lint.StaticLintFixture.createCustomer;
import static dev.ratchet.lint.StaticLintFixture.dropLegacyRef;
import static dev.ratchet.lint.StaticLintFixture.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Baseline}: a changelog recorded as released lints clean; only changesets
 * added since are judged; a released changeset edited or removed is reported.
 */
class BaselineTests {

	@TempDir
	Path folder;

	private StaticLintFixture fixture;

	private String changeLog;

	private String baseline;

	@BeforeEach
	void writeReleasedChangeLog() {
		this.fixture = new StaticLintFixture(this.folder);
		this.changeLog = this.fixture.write("db/changelog/master.yaml", yaml(changeSet("1", createCustomer()),
				changeSet("2", addNickname("varchar(20)")), changeSet("3", dropLegacyRef()))).toString();
		this.baseline = this.folder.resolve("ratchet-baseline.txt").toString();
	}

	@Test
	void aChangelogRecordedAsReleasedLintsClean() throws Exception {
		assertThat(this.fixture.lint(this.changeLog, "--search-path", this.folder.toString(), "--write-baseline",
				this.baseline)).isEqualTo(LintCommand.OK);
		assertThat(this.fixture.out()).contains("3 changesets of db/changelog/master.yaml recorded as released");
		assertThat(Files.readAllLines(Path.of(this.baseline))).filteredOn((line) -> !line.startsWith("#"))
			.hasSize(3)
			.allMatch((line) -> line.matches("9:[0-9a-f]{32}\tdb/changelog/master.yaml::[123]::ana"));
		assertThat(lintWithBaseline("json")).isEqualTo(LintCommand.OK);
		assertThat(this.fixture.out()).startsWith("{\"changeSets\": 0, \"findings\": []}");
	}

	@Test
	void onlyAChangesetAddedSinceIsJudged() {
		record();
		this.fixture.append("db/changelog/master.yaml", changeSet("4", "        - dropTable: {tableName: orders}\n"));
		assertThat(lintWithBaseline("json")).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).startsWith("{\"changeSets\": 1, \"findings\": [")
			.contains("\"changeSet\": \"db/changelog/master.yaml::4::ana\"")
			.doesNotContain("::3::ana");
	}

	@Test
	void newChangesetsAreJudgedAsOneRun() {
		record();
		this.fixture.append("db/changelog/master.yaml", changeSet("4",
				"        - createTable:\n            tableName: audit\n            columns:\n"
						+ "              - column: {name: id, type: int}\n")
				+ changeSet("5", "        - dropTable: {tableName: audit}\n"));
		assertThat(lintWithBaseline("text")).isEqualTo(LintCommand.OK);
		assertThat(this.fixture.out()).contains("2 changesets, 0 findings");
	}

	@Test
	void anEditedReleasedChangesetIsBlocked() {
		record();
		this.fixture.write("db/changelog/master.yaml", yaml(changeSet("1", createCustomer()),
				changeSet("2", addNickname("varchar(40)")), changeSet("3", dropLegacyRef())));
		assertThat(lintWithBaseline("text")).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("BLOCK db/changelog/master.yaml::2::ana", "rule:    edited-changeset",
				"was released, and its checksum changed since (now 9:")
			.doesNotContain("drop-column");
	}

	@Test
	void aRemovedReleasedChangesetIsAWarning() {
		record();
		this.fixture.write("db/changelog/master.yaml",
				yaml(changeSet("1", createCustomer()), changeSet("2", addNickname("varchar(20)"))));
		assertThat(lintWithBaseline("text")).isEqualTo(LintCommand.OK);
		assertThat(this.fixture.out()).contains("WARN db/changelog/master.yaml::3::ana", "rule:    removed-changeset",
				"was released and is no longer in the changelog");
	}

	@Test
	void writingABaselineWhileLintingAgainstAnotherRecordsTheCurrentChangelog() throws Exception {
		record();
		this.fixture.append("db/changelog/master.yaml", changeSet("4", addNickname("varchar(20)").replace("nickname", "fax")));
		Path next = this.folder.resolve("next-baseline.txt");
		assertThat(this.fixture.lint(this.changeLog, "--search-path", this.folder.toString(), "--baseline", this.baseline,
				"--write-baseline", next.toString())).isEqualTo(LintCommand.OK);
		assertThat(Files.readAllLines(next)).filteredOn((line) -> !line.startsWith("#")).hasSize(4);
	}

	@Test
	void aBaselineThatCannotBeReadNamesTheFileAndLine() throws Exception {
		Files.writeString(Path.of(this.baseline), "# comment\n9:abc\tdb/x.yaml::1::ana\nnot a baseline line\n");
		assertThat(lintWithBaseline("text")).isEqualTo(LintCommand.UNREADABLE);
		assertThat(this.fixture.err()).contains("Baseline " + this.baseline + ", line 3 cannot be read");
	}

	private void record() {
		assertThat(this.fixture.lint(this.changeLog, "--search-path", this.folder.toString(), "--write-baseline",
				this.baseline)).isEqualTo(LintCommand.OK);
	}

	private int lintWithBaseline(String format) {
		return this.fixture.lint(this.changeLog, "--search-path", this.folder.toString(), "--baseline", this.baseline,
				"--format", format);
	}

}
