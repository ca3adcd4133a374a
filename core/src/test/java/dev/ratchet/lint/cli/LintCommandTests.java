package dev.ratchet.lint.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.ratchet.lint.LintCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LintCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void exitsOneAndListsEveryFindingWhenSomethingBlocks() {
		int status = run("src/test/resources/formats/yaml/destructive.yaml", "--search-path",
				"src/test/resources/formats");
		assertThat(status).isEqualTo(LintCommand.BLOCKED);
		assertThat(out()).contains("BLOCK yaml/destructive.yaml::1::ana", "rule:    drop-column",
				"ratchet:allow drop-column", "BLOCK yaml/destructive.yaml::2::ana", "truncate-table",
				"2 changesets, 2 findings: 2 blocking");
	}

	@Test
	void exitsZeroWhenNothingBlocks() {
		assertThat(run("src/test/resources/formats/yaml/harmless.yaml")).isEqualTo(LintCommand.OK);
		assertThat(out()).contains("2 changesets, 0 findings");
	}

	@Test
	void writesJsonWithTheEndpointsFindingFields() {
		int status = run("src/test/resources/formats/yaml/destructive.yaml", "--search-path",
				"src/test/resources/formats", "--format", "json");
		assertThat(status).isEqualTo(LintCommand.BLOCKED);
		assertThat(out()).startsWith("{\"changeSets\": 2, \"findings\": [")
			.contains("{\"rule\": \"drop-column\", \"severity\": \"block\", \"approved\": false, "
					+ "\"changeSet\": \"yaml/destructive.yaml::1::ana\", \"changeType\": \"sql\", "
					+ "\"target\": \"customer.legacy_ref\", \"message\": ");
	}

	@Test
	void exitsTwoOnUnreadableInput() {
		assertThat(run("src/test/resources/formats/yaml/missing.yaml")).isEqualTo(LintCommand.UNREADABLE);
		assertThat(err()).contains("missing.yaml");
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void exitsTwoOnAChangelogWhoseAliasesExpandWithoutBoundNamingTheFile(@TempDir Path folder) throws Exception {
		StringBuilder bomb = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
		for (int i = 1; i < 10; i++) {
			bomb.append("a").append(i).append(": &a").append(i).append(" [");
			for (int j = 0; j < 9; j++) {
				bomb.append((j > 0) ? ", " : "").append("*a").append(i - 1);
			}
			bomb.append("]\n");
		}
		bomb.append("databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: ana\n      comment: *a9\n"
				+ "      changes:\n        - sql: {sql: \"SELECT 1\"}\n");
		Files.writeString(folder.resolve("laughs.yaml"), bomb);
		assertThat(run(folder.resolve("laughs.yaml").toString(), "--search-path", folder.toString()))
			.isEqualTo(LintCommand.UNREADABLE);
		assertThat(err()).contains("laughs.yaml");
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void exitsTwoOnAChangelogWithARecursiveAliasNamingTheFile(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("loop.yaml"), "databaseChangeLog: &loop\n  - *loop\n  - changeSet:\n"
				+ "      id: 1\n      author: ana\n      changes:\n        - sql: {sql: \"SELECT 1\"}\n");
		assertThat(run(folder.resolve("loop.yaml").toString(), "--search-path", folder.toString()))
			.isEqualTo(LintCommand.UNREADABLE);
		assertThat(err()).contains("loop.yaml");
	}

	@Test
	void exitsTwoOnABaselineAndARevisionTogetherSayingWhy() {
		assertThat(run("src/test/resources/formats/yaml/harmless.yaml", "--baseline", "ratchet-baseline.txt", "--since",
				"origin/main")).isEqualTo(LintCommand.UNREADABLE);
		assertThat(err()).contains("--baseline and --since cannot be used together");
	}

	@Test
	void exitsTwoOnBadArguments() {
		assertThat(run()).isEqualTo(LintCommand.UNREADABLE);
		assertThat(run("a.yaml", "--format", "xml")).isEqualTo(LintCommand.UNREADABLE);
		assertThat(run("a.yaml", "--unknown")).isEqualTo(LintCommand.UNREADABLE);
		assertThat(err()).contains("usage: LintCommand");
	}

	@Test
	void rendersTypedChangesAndModifySqlForTheDatabasesNamed() {
		String changeLog = "src/test/resources/changelogs/rendered/modify-sql.yaml";
		assertThat(run(changeLog, "--dbms", "postgresql", "--format", "json")).isEqualTo(LintCommand.BLOCKED);
		assertThat(out()).doesNotContain("mysql-only::ana");
		this.out.reset();
		assertThat(run(changeLog, "--dbms", "all", "--format", "json")).isEqualTo(LintCommand.BLOCKED);
		assertThat(out()).contains("\"changeSet\": \"modify-sql.yaml::mysql-only::ana\"");
	}

	@Test
	void exitsTwoOnAnUnknownDatabaseNamingTheKnownOnes() {
		assertThat(run("src/test/resources/formats/yaml/harmless.yaml", "--dbms", "postgres"))
			.isEqualTo(LintCommand.UNREADABLE);
		assertThat(err()).contains("Unknown database 'postgres'", "postgresql", "mariadb", "or all");
	}

	@ParameterizedTest
	@ValueSource(strings = { "text", "json", "sarif", "github" })
	void noReportCarriesAChangelogParametersPassword(String format, @TempDir Path directory) throws Exception {
		String marker = "Mk7Secret";
		Path changeLog = directory.resolve("roles.yaml");
		Files.writeString(changeLog, """
				databaseChangeLog:
				  - changeSet:
				      id: rotate
				      author: ana
				      changes:
				        - sql:
				            sql: DO $$ BEGIN EXECUTE format('ALTER ROLE app PASSWORD %L', '${pw}'); END $$
				  - changeSet:
				      id: opaque
				      author: ana
				      changes:
				        - sql:
				            sql: FROB app PASSWORD '${pw}' DROP
				""");
		Path parameters = directory.resolve("parameters.properties");
		Files.writeString(parameters, "pw=" + marker + "\n");
		int status = run(changeLog.toString(), "--parameters", parameters.toString(), "--format", format);
		assertThat(status).isEqualTo(LintCommand.BLOCKED);
		assertThat(out()).contains("rotate").contains("dynamic-sql").contains("unparsed-sql").doesNotContain(marker);
		assertThat(err()).doesNotContain(marker);
	}

	private int run(String... args) {
		return LintCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
