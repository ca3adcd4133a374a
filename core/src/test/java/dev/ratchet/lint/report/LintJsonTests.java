package dev.ratchet.lint.report;

import java.nio.file.Path;

import dev.ratchet.lint.LineOf;
import dev.ratchet.lint.LintCommand;
import dev.ratchet.lint.StaticLintFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LintJson}: each finding names the file and the line where its changeset
 * starts, in every changelog format.
 */
class LintJsonTests {

	private static final Path FORMATS = Path.of("src/test/resources/formats");

	@ParameterizedTest
	@ValueSource(strings = { "xml/destructive.xml", "yaml/destructive.yaml", "json/destructive.json",
			"sql/destructive.sql" })
	void findingsNameTheFileAndTheLineWhereTheirChangesetStarts(String changeLog) throws Exception {
		StaticLintFixture fixture = new StaticLintFixture(FORMATS);
		assertThat(fixture.lint(FORMATS.resolve(changeLog).toString(), "--search-path", FORMATS.toString(), "--format",
				"json")).isEqualTo(LintCommand.BLOCKED);
		String file = "src/test/resources/formats/" + changeLog;
		assertThat(fixture.out()).contains("\"changeSet\": \"" + changeLog + "::1::ana\"")
			.contains("\"file\": \"" + file + "\", \"line\": " + LineOf.changeSet(FORMATS.resolve(changeLog), "1"))
			.contains("\"file\": \"" + file + "\", \"line\": " + LineOf.changeSet(FORMATS.resolve(changeLog), "2"));
	}

}
