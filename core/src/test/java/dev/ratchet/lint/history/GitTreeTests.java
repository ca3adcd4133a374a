package dev.ratchet.lint.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.ratchet.lint.LintCommand;
import dev.ratchet.lint.StaticLintFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.ratchet.lint.StaticLintFixture.changeSet;
import static dev.ratchet.lint.StaticLintFixture.createCustomer;
import static dev.ratchet.lint.StaticLintFixture.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GitTree}: {@code --since} judges only the changesets added since a commit of
 * a real git repository.
 */
class GitTreeTests {

	@TempDir
	Path repository;

	private StaticLintFixture fixture;

	@BeforeEach
	void commitARelease() throws Exception {
		this.fixture = new StaticLintFixture(this.repository);
		git("init", "-q", "-b", "main");
		git("config", "user.email", "ci@example.com");
		git("config", "user.name", "ci");
		this.fixture.write("src/main/resources/db/changelog/master.yaml", yaml(changeSet("1", createCustomer()),
				changeSet("2", "        - dropColumn: {tableName: customer, columnName: fax}\n")));
		git("add", ".");
		git("commit", "-q", "-m", "release 1");
		git("tag", "release-1");
	}

	@Test
	void onlyChangesetsAddedSinceTheRevisionAreJudged() throws Exception {
		this.fixture.append("src/main/resources/db/changelog/master.yaml",
				changeSet("3", "        - dropTable: {tableName: orders}\n"));
		git("commit", "-q", "-am", "release 2");
		assertThat(lint("release-1")).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("\"changeSets\": 1", "master.yaml::3::ana", "drop-table")
			.doesNotContain("::2::ana");
		assertThat(lint("HEAD")).isEqualTo(LintCommand.OK);
	}

	@Test
	void aReleasedChangesetMadeToRunOnChangeWithANewBodyIsJudgedAsNew() throws Exception {
		this.fixture.write("src/main/resources/db/changelog/master.yaml", yaml(changeSet("1", createCustomer()),
				rerun("2", "runOnChange", "DROP TABLE customer")));
		git("commit", "-q", "-am", "pull request");
		assertThat(lint("release-1")).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("\"changeSets\": 1", "master.yaml::2::ana", "\"rule\": \"drop-table\"",
				"\"severity\": \"block\"").doesNotContain("edited-changeset");
	}

	@Test
	void aReleasedChangesetMadeToRunAlwaysWithANewBodyIsJudgedAsNew() throws Exception {
		this.fixture.write("src/main/resources/db/changelog/master.yaml", yaml(changeSet("1", createCustomer()),
				rerun("2", "runAlways", "TRUNCATE customer")));
		git("commit", "-q", "-am", "pull request");
		assertThat(lint("release-1")).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("master.yaml::2::ana", "\"rule\": \"truncate-table\"");
	}

	@Test
	void theRevisionIsReadAsARevisionEvenWhenItLooksLikeAnOption() {
		Path written = this.repository.resolve("written.zip");
		assertThat(lint("--output=" + written)).isEqualTo(LintCommand.UNREADABLE);
		assertThat(written).doesNotExist();
		assertThat(this.fixture.err()).contains("Git revision '--output=");
	}

	@Test
	void theExportedTreeIsRemovedWhenClosed() throws Exception {
		Path resources = this.repository.resolve("src/main/resources");
		Path exported;
		try (GitTree tree = GitTree.export("release-1", List.of(resources))) {
			exported = tree.searchPath().get(0);
			assertThat(exported.resolve("db/changelog/master.yaml")).exists();
		}
		assertThat(exported).doesNotExist();
	}

	@Test
	void uncommittedChangesCountAsNew() {
		this.fixture.append("src/main/resources/db/changelog/master.yaml",
				changeSet("3", "        - dropTable: {tableName: orders}\n"));
		assertThat(lint("HEAD")).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("master.yaml::3::ana").doesNotContain("::2::ana");
	}

	@Test
	void aChangelogThatDidNotExistAtTheRevisionIsAllNew() throws Exception {
		this.fixture.write("README.md", "x");
		git("add", ".");
		git("commit", "-q", "-m", "docs");
		this.fixture.write("src/main/resources/db/changelog/other.yaml", yaml(changeSet("9",
				"        - dropTable: {tableName: legacy}\n")));
		int status = lint("src/main/resources/db/changelog/other.yaml", "HEAD");
		assertThat(status).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("other.yaml::9::ana");
	}

	@Test
	void anUnknownRevisionIsUnreadableInputNamingIt() {
		assertThat(lint("no-such-tag")).isEqualTo(LintCommand.UNREADABLE);
		assertThat(this.fixture.err()).contains("Git revision 'no-such-tag' does not exist");
	}

	private static String rerun(String id, String attribute, String sql) {
		return "  - changeSet:\n      id: " + id + "\n      author: ana\n      " + attribute + ": true\n"
				+ "      changes:\n        - sql: {sql: \"" + sql + "\"}\n";
	}

	private int lint(String revision) {
		return lint("src/main/resources/db/changelog/master.yaml", revision);
	}

	private int lint(String changeLog, String revision) {
		return this.fixture.lint(this.repository.resolve(changeLog).toString(), "--search-path",
				this.repository.resolve("src/main/resources").toString(), "--since", revision, "--format", "json");
	}

	private void git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-C", this.repository.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).inheritIO().start();
		assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
	}

}
