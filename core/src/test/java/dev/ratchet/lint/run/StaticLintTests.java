package dev.ratchet.lint.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.ratchet.lint.Approvals;
import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.ValidationMode;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import liquibase.Scope;
import liquibase.change.ChangeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link StaticLint}: the typed lint API under the command line and the plugin.
 */
class StaticLintTests {

	private static final Path RENDERED = Path.of("src/test/resources/changelogs/rendered");

	@TempDir
	Path folder;

	@Test
	void lintsAChangeLogNamedRelativeToTheSearchPath() throws Exception {
		write("db/master.yaml", changeSet("1", "        - dropColumn: {tableName: customer, columnName: phone}\n"));
		LintReport report = StaticLint.lint(request("db/master.yaml"));
		assertThat(report.changeSets()).isEqualTo(1);
		assertThat(report.blocking()).extracting(Finding::rule).containsExactly(Rule.DROP_COLUMN);
		assertThat(report.location(report.findings().get(0).changeSet()).file()).endsWith("db/master.yaml");
	}

	@Test
	void judgesWithThePolicyOfTheRequest() throws Exception {
		write("db/master.yaml", changeSet("1", "        - dropColumn: {tableName: customer, columnName: phone}\n"));
		LintPolicy lenient = new LintPolicy(Map.of(Rule.DROP_COLUMN, Severity.WARN), Approvals.none());
		LintReport report = StaticLint.lint(request("db/master.yaml").withPolicy(lenient));
		assertThat(report.blocks()).isFalse();
		assertThat(report.findings()).extracting(Finding::severity).containsExactly(Severity.WARN);
	}

	@Test
	void parametersGivenByNameWinOverTheParametersFile() throws Exception {
		write("db/master.yaml", changeSet("1", "        - sql: {sql: \"DROP TABLE ${table}\"}\n"));
		Path file = write("p.properties", "table=from_file\nother=kept\n");
		LintReport report = StaticLint
			.lint(request("db/master.yaml").withParameters(Map.of("table", "given"), file));
		assertThat(report.findings()).extracting(Finding::target).containsExactly("given");
		assertThat(report.unresolvedParameters()).isEmpty();
	}

	@Test
	void aMissingParametersFileIsUnreadableInputNamingIt() {
		write("db/master.yaml", changeSet("1", "        - sql: {sql: \"SELECT 1\"}\n"));
		assertThatExceptionOfType(ChangeLogLintException.class)
			.isThrownBy(() -> StaticLint.lint(request("db/master.yaml").withParameters(Map.of(),
					this.folder.resolve("absent.properties"))))
			.withMessageContaining("absent.properties");
	}

	@Test
	void aRecordedBaselineReadBackJudgesNothingAndAnAppendedDropAlone() throws Exception {
		write("db/master.yaml", changeSet("1", "        - dropColumn: {tableName: customer, columnName: phone}\n"));
		Path baseline = this.folder.resolve("released.txt");
		StaticLint.Recorded recorded = StaticLint.record(request("db/master.yaml").withWriteBaseline(baseline));
		assertThat(recorded.changeSets()).isEqualTo(1);
		assertThat(recorded.summary()).isEqualTo("1 changesets of db/master.yaml recorded as released in " + baseline);
		assertThat(StaticLint.lint(request("db/master.yaml").withBaseline(baseline)).findings()).isEmpty();
		write("db/master.yaml", changeSet("1", "        - dropColumn: {tableName: customer, columnName: phone}\n")
				+ changeSet("2", "        - dropTable: {tableName: legacy}\n").replace("databaseChangeLog:\n", ""));
		LintReport report = StaticLint.lint(request("db/master.yaml").withBaseline(baseline));
		assertThat(report.changeSets()).isEqualTo(1);
		assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.DROP_TABLE);
	}

	@Test
	void aReleasedChangesetThatRunsOnChangeOrAlwaysAndChangedIsJudgedAsNew() throws Exception {
		write("db/master.yaml", changeSet("1", "        - createTable: {tableName: customer, columns: [{column: "
				+ "{name: id, type: int}}]}\n")
				+ changeSet("2", "        - sql: {sql: \"CREATE OR REPLACE VIEW v AS SELECT 1\"}\n").replace("databaseChangeLog:\n", ""));
		Path baseline = this.folder.resolve("released.txt");
		StaticLint.record(request("db/master.yaml").withWriteBaseline(baseline));
		for (String rerun : List.of("runOnChange", "runAlways")) {
			write("db/master.yaml", changeSet("1", "        - createTable: {tableName: customer, columns: [{column: "
					+ "{name: id, type: int}}]}\n")
					+ changeSet("2", "        - sql: {sql: \"DROP TABLE customer\"}\n")
						.replace("databaseChangeLog:\n", "")
						.replace("      changes:", "      " + rerun + ": true\n      changes:"));
			LintReport report = StaticLint.lint(request("db/master.yaml").withBaseline(baseline));
			assertThat(report.changeSets()).as(rerun).isOne();
			assertThat(report.blocking()).as(rerun)
				.extracting(Finding::rule, (finding) -> finding.changeSet().id())
				.containsExactly(tuple(Rule.DROP_TABLE, "2"));
		}
		write("db/master.yaml", changeSet("1", "        - createTable: {tableName: customer, columns: [{column: "
				+ "{name: id, type: int}}]}\n")
				+ changeSet("2", "        - sql: {sql: \"CREATE OR REPLACE VIEW v AS SELECT 1\"}\n")
					.replace("databaseChangeLog:\n", "")
					.replace("      changes:", "      runOnChange: true\n      changes:"));
		assertThat(StaticLint.lint(request("db/master.yaml").withBaseline(baseline)).changeSets())
			.as("unchanged, it is not judged again").isZero();
	}

	@Test
	void judgesWithTheApplicationsConfigurationOnTheSearchPathAndItsProfiles() throws Exception {
		write("db/master.yaml", changeSet("1", "        - dropColumn: {tableName: customer, columnName: phone}\n")
				+ changeSet("2", "        - renameTable: {oldTableName: a, newTableName: b}\n").replace("databaseChangeLog:\n",
						""));
		write("application.properties", "spring.liquibase.change-log=classpath:db/master.yaml\n"
				+ "ratchet.validation.approved=db/master.yaml::1::ana=drop-column\n");
		write("application-prod.yaml", "ratchet.validation.rules.rename-table: warn\n");
		LintReport base = StaticLint.lint(request(null));
		assertThat(base.approved()).extracting(Finding::rule).containsExactly(Rule.DROP_COLUMN);
		assertThat(base.blocking()).extracting(Finding::rule).containsExactly(Rule.RENAME_TABLE);
		assertThat(base.blocks()).isTrue();
		LintReport prod = StaticLint.lint(request(null).withConfig(List.of(), List.of("prod")));
		assertThat(prod.blocks()).isFalse();
		assertThat(prod.warnings()).extracting(Finding::rule).containsExactly(Rule.RENAME_TABLE);
	}

	@Test
	void inWarnModeNothingBlocksAndWhenValidationIsOffNothingIsJudged() throws Exception {
		write("db/master.yaml", changeSet("1", "        - dropColumn: {tableName: customer, columnName: phone}\n"));
		Path warn = write("warn.properties", "ratchet.validation.mode=warn\n");
		LintReport warned = StaticLint.lint(request("db/master.yaml").withConfig(List.of(warn), List.of()));
		assertThat(warned.validation()).isEqualTo(ValidationMode.WARN);
		assertThat(warned.blocking()).hasSize(1);
		assertThat(warned.blocks()).isFalse();
		Path off = write("off.yaml", "ratchet.validation.mode: off\n");
		LintReport unchecked = StaticLint.lint(request("db/master.yaml").withConfig(List.of(off), List.of()));
		assertThat(unchecked.findings()).isEmpty();
		assertThat(unchecked.changeSets()).isOne();
	}

	@Test
	void aChangesetWhoseDataFileIsMissingIsReportedOnceAsUnreadableAndItsBaselineRoundTrips() throws Exception {
		write("db/master.yaml", changeSet("create", "        - createTable: {tableName: country, columns: [{column: "
				+ "{name: code, type: varchar(2)}}]}\n")
				+ changeSet("load", "        - loadData: {tableName: country, file: data/countries.csv, "
						+ "relativeToChangelogFile: true}\n        - loadUpdateData: {tableName: country, file: "
						+ "data/more.csv, primaryKey: code, relativeToChangelogFile: true}\n").replace("databaseChangeLog:\n", "")
				+ changeSet("drop", "        - dropTable: {tableName: legacy}\n").replace("databaseChangeLog:\n", ""));
		LintReport report = StaticLint.lint(request("db/master.yaml"));
		assertThat(report.unreadable()).singleElement().satisfies((unreadable) -> {
			assertThat(unreadable.changeSet().id()).isEqualTo("load");
			assertThat(unreadable.file()).isEqualTo("data/countries.csv");
			assertThat(unreadable.describe()).contains("loadData reads data/countries.csv");
		});
		assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.DROP_TABLE);
		Path baseline = this.folder.resolve("released.txt");
		StaticLint.record(request("db/master.yaml").withWriteBaseline(baseline));
		LintReport released = StaticLint.lint(request("db/master.yaml").withBaseline(baseline));
		assertThat(released.findings()).isEmpty();
		assertThat(released.unreadable()).isEmpty();
		write("db/data/countries.csv", "code\nEU\n");
		write("db/data/more.csv", "code\nUS\n");
		assertThat(StaticLint.lint(request("db/master.yaml").withBaseline(baseline)).findings())
			.extracting(Finding::rule)
			.as("the data files appearing change what the changeset says: it reads as edited")
			.containsExactly(Rule.EDITED_CHANGESET);
	}

	@Test
	void aRequestWithABaselineAndARevisionIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LintRequest.of("m.yaml").withBaseline(Path.of("b.txt")).withSince("main"))
			.withMessage("--baseline and --since cannot be used together");
		assertThatIllegalArgumentException().isThrownBy(() -> LintRequest.of("m.yaml").withDbms(List.of("oracle9")))
			.withMessageContaining("Unknown database 'oracle9'");
	}

	@Test
	void lintsRunningAtOnceKeepTheirStandInsAndLeaveLiquibasesChangeTypesAsTheyWere() throws Exception {
		Set<String> before = new TreeSet<>(changeTypes());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<String>>> runs = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				String changeLog = (i % 2 == 0) ? "extensions.xml" : "extensions.yaml";
				Callable<List<String>> lint = () -> StaticLint
					.lint(LintRequest.of(RENDERED.resolve(changeLog).toString()).withSearchPath(List.of(RENDERED)))
					.findings()
					.stream()
					.map((finding) -> finding.rule().id() + " " + finding.changeType())
					.toList();
				runs.add(pool.submit(lint));
			}
			for (int i = 0; i < runs.size(); i++) {
				List<String> expected = (i % 2 == 0) ? List.of("custom-change modifyColumn", "drop-table dropTable")
						: List.of("truncate-table truncateTable", "custom-change modifyColumnType");
				assertThat(runs.get(i).get()).as("lint %d", i).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(new TreeSet<>(changeTypes())).isEqualTo(before);
	}

	private static Set<String> changeTypes() {
		return Scope.getCurrentScope().getSingleton(ChangeFactory.class).getDefinedChanges();
	}

	private LintRequest request(String changeLog) {
		return LintRequest.of(changeLog).withSearchPath(List.of(this.folder));
	}

	private Path write(String path, String content) {
		try {
			Path file = this.folder.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String changeSet(String id, String changes) {
		return "databaseChangeLog:\n  - changeSet:\n      id: " + id + "\n      author: ana\n      changes:\n" + changes;
	}

}
