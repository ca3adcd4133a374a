package dev.ratchet.lint.report;

import java.nio.file.Path;

import dev.ratchet.lint.LintCommand;
import dev.ratchet.lint.StaticLintFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LintText}: what a changelog says is printed on the lines the report gives
 * it, so it cannot start a line of its own (a GitHub Actions workflow command).
 */
class LintTextTests {

	static final String HOSTILE = """
			databaseChangeLog:
			  - changeSet:
			      id: "1\\n::error file=a,line=1::forged\\r::warning::forged %0A"
			      author: "ana\\u0007\\u001b[31m"
			      logicalFilePath: "db/x.yaml\\n##[error]forged"
			      changes:
			        - sql: {sql: "DROP TABLE customer"}
			""";

	@TempDir
	Path folder;

	@Test
	void controlCharactersInChangesetsFilesAndMessagesAreEscaped() {
		StaticLintFixture fixture = new StaticLintFixture(this.folder);
		fixture.write("master.yaml", HOSTILE);
		assertThat(fixture.lint(this.folder.resolve("master.yaml").toString(), "--search-path",
				this.folder.toString())).isEqualTo(LintCommand.BLOCKED);
		assertThat(fixture.out().lines().map(String::strip))
			.noneMatch((line) -> line.startsWith("::") || line.startsWith("##["))
			.anyMatch((line) -> line.startsWith("BLOCK db/x.yaml\\n##[error]forged::1\\n::error file=a,line=1::forged\\r"
					+ "::warning::forged %0A::ana\\u0007\\u001b[31m"));
		assertThat(fixture.out()).doesNotContain("\u0007", "\u001b", "\r");
	}

}
