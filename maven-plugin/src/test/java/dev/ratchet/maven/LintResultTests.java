package dev.ratchet.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.report.ReportFormat;
import dev.ratchet.lint.run.LintRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LintResultTests {

	private static final String DROP = """
			databaseChangeLog:
			  - changeSet:
			      id: drop-phone
			      author: ana
			      changes:
			        - dropColumn: {tableName: app_user, columnName: phone}
			""";

	@TempDir
	Path resources;

	@Test
	void countsTheBlockingFindingsAndLogsTheReport() throws Exception {
		write("drop.yaml", DROP);
		LintResult result = LintResult.of(request("db/drop.yaml"), ReportFormat.TEXT, null);
		assertThat(result.blocking()).isEqualTo(1);
		assertThat(result.log()).contains("BLOCK db/drop.yaml::drop-phone::ana", "rule:    drop-column",
				"1 changesets, 1 findings: 1 blocking");
	}

	@Test
	void countsTheBlockingFindingsOfAReportWithoutASummaryLine() throws Exception {
		write("drop.yaml", DROP);
		LintResult result = LintResult.of(request("db/drop.yaml"), ReportFormat.JSON, null);
		assertThat(result.blocking()).isEqualTo(1);
		assertThat(result.log()).startsWith("{\"changeSets\": 1, \"findings\": [");
	}

	@Test
	void logsOnlyTheSummaryWhenTheReportGoesToAFile() throws Exception {
		write("drop.yaml", DROP);
		Path sarif = this.resources.resolve("out/ratchet.sarif");
		LintResult result = LintResult.of(request("db/drop.yaml"), ReportFormat.SARIF, sarif);
		assertThat(result.log())
			.isEqualTo("1 changesets, 1 findings: 1 blocking, 0 warnings, 0 approved (sarif report in " + sarif + ")");
		assertThat(Files.readString(sarif)).contains("\"ruleId\": \"drop-column\"");
	}

	@Test
	void recordsTheChangeLogAsReleasedWithoutJudgingIt() throws Exception {
		write("drop.yaml", DROP);
		Path baseline = this.resources.resolve("released.txt");
		LintResult result = LintResult.of(request("db/drop.yaml").withWriteBaseline(baseline), ReportFormat.TEXT, null);
		assertThat(result.blocking()).isZero();
		assertThat(result.log())
			.isEqualTo("Ratchet lint: 1 changesets of db/drop.yaml recorded as released in " + baseline);
		LintResult next = LintResult.of(request("db/drop.yaml").withBaseline(baseline), ReportFormat.TEXT, null);
		assertThat(next.blocking()).isZero();
		assertThat(next.log()).contains("0 changesets, 0 findings");
	}

	@Test
	void anUnreadableChangeLogIsAnErrorNamingIt() {
		assertThatExceptionOfType(ChangeLogLintException.class)
			.isThrownBy(() -> LintResult.of(request("db/missing.yaml"), ReportFormat.TEXT, null))
			.withMessageContaining("db/missing.yaml");
	}

	private LintRequest request(String changeLog) {
		return LintRequest.of(changeLog).withSearchPath(List.of(this.resources)).withClassLoader(getClass().getClassLoader());
	}

	private void write(String name, String content) throws IOException {
		Files.createDirectories(this.resources.resolve("db"));
		Files.writeString(this.resources.resolve("db").resolve(name), content);
	}

}
