package dev.ratchet.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.lint.report.ReportFormat;
import dev.ratchet.lint.run.LintRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LintConfigurationTests {

	private final ClassLoader classLoader = getClass().getClassLoader();

	@Test
	void givesTheChangeLogAndTheSearchPathEntryByEntry() {
		LintRequest request = configuration("db/changelog/db.changelog-master.yaml",
				List.of(new File("/app/src/main/resources"), new File("/repo/schema.jar")), null, null, null, null,
				null)
			.request(this.classLoader);
		assertThat(request.changeLog()).isEqualTo("db/changelog/db.changelog-master.yaml");
		assertThat(request.searchPath()).containsExactly(Path.of("/app/src/main/resources"), Path.of("/repo/schema.jar"));
		assertThat(request.classLoader()).isSameAs(this.classLoader);
		assertThat(request.recordsOnly()).isFalse();
	}

	@Test
	void givesEveryOptionThatIsSet() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("schema", "app");
		parameters.put("empty", null);
		LintConfiguration configuration = new LintConfiguration("master.yaml", List.of(), "postgresql, mysql",
				parameters, new File("/p.properties"), null, " origin/main ", new File("/released.txt"),
				List.of(new File("/ci/application-ci.yaml")), "prod, eu", "SARIF", new File("/ratchet.sarif"));
		LintRequest request = configuration.request(this.classLoader);
		assertThat(request.dbms()).containsExactly("postgresql", "mysql");
		assertThat(request.parameters()).containsExactly(Map.entry("schema", "app"), Map.entry("empty", ""));
		assertThat(request.parametersFile()).isEqualTo(Path.of("/p.properties"));
		assertThat(request.since()).isEqualTo("origin/main");
		assertThat(request.writeBaseline()).isEqualTo(Path.of("/released.txt"));
		assertThat(request.configFiles()).containsExactly(Path.of("/ci/application-ci.yaml"));
		assertThat(request.profiles()).containsExactly("prod", "eu");
		assertThat(configuration.reportFormat()).isEqualTo(ReportFormat.SARIF);
		assertThat(configuration.reportFile()).isEqualTo(Path.of("/ratchet.sarif"));
	}

	@Test
	void leavesOutBlankOptions() {
		LintConfiguration configuration = configuration("master.yaml", List.of(), " ", new File("/released.txt"), "",
				null, " ");
		LintRequest request = configuration.request(this.classLoader);
		assertThat(request.dbms()).isEmpty();
		assertThat(request.since()).isNull();
		assertThat(request.baseline()).isEqualTo(Path.of("/released.txt"));
		assertThat(configuration.reportFormat()).isEqualTo(ReportFormat.TEXT);
		assertThat(configuration.reportFile()).isNull();
	}

	@Test
	void recordsOnlyWhenABaselineIsWrittenAndNoneIsRead() {
		assertThat(configuration("m.yaml", List.of(), null, null, null, new File("/b.txt"), null)
			.request(this.classLoader)
			.recordsOnly()).isTrue();
		assertThat(configuration("m.yaml", List.of(), null, new File("/a.txt"), null, new File("/b.txt"), null)
			.request(this.classLoader)
			.recordsOnly()).isFalse();
	}

	@Test
	void rejectsAnUnknownDatabaseOrFormatAndABaselineWithARevision() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> configuration("m.yaml", List.of(), "oracle9", null, null, null, null)
				.request(this.classLoader))
			.withMessageContaining("Unknown database 'oracle9'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> configuration("m.yaml", List.of(), null, null, null, null, "xml").reportFormat())
			.withMessageContaining("unknown format 'xml'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> configuration("m.yaml", List.of(), null, new File("/a.txt"), "main", null, null)
				.request(this.classLoader))
			.withMessageContaining("--baseline and --since cannot be used together");
	}

	private static LintConfiguration configuration(String changeLog, List<File> searchPath, String dbms, File baseline,
			String since, File writeBaseline, String format) {
		return new LintConfiguration(changeLog, searchPath, dbms, null, null, baseline, since, writeBaseline, null, null,
				format, null);
	}

}
