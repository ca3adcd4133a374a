package dev.ratchet.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.ratchet.lint.run.LintRequest;
import dev.ratchet.lint.run.StaticLint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChangeLogLinterTests {

	private static final Path FORMATS = Path.of("src/test/resources/formats");

	@ParameterizedTest
	@ValueSource(strings = { "xml/destructive.xml", "yaml/destructive.yaml", "json/destructive.json",
			"sql/destructive.sql" })
	void everyFormatGivesTheSameFindingsForTheSameDestructiveChanges(String file) throws Exception {
		LintReport report = lint(file);
		assertThat(report.changeSets()).isEqualTo(2);
		assertThat(summary(report)).containsExactly("1::ana drop-column customer.legacy_ref",
				"2::ana truncate-table orders");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml/harmless.xml", "yaml/harmless.yaml", "json/harmless.json", "sql/harmless.sql" })
	void everyFormatFindsNothingInTheSameHarmlessChanges(String file) throws Exception {
		LintReport report = lint(file);
		assertThat(report.changeSets()).isEqualTo(2);
		assertThat(report.findings()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml/master.xml", "yaml/master.yaml", "json/master.json", "sql/master.xml" })
	void includeAndIncludeAllAreResolvedInEveryFormat(String file) throws Exception {
		assertThat(summary(lint(file))).contains("1::ana drop-column customer.legacy_ref",
				"2::ana truncate-table orders", "20::ana drop-column customer.fax");
	}

	@Test
	void sqlFileIsReadRelativeToItsChangelogWithPropertiesSubstituted() throws Exception {
		assertThat(summary(lint("xml/master.xml"))).contains("10::ana drop-table orders");
	}

	@Test
	void statementsAreSplitOnTheEndDelimiter() throws Exception {
		assertThat(summary(lint("xml/master.xml"))).filteredOn((line) -> line.startsWith("12::"))
			.containsExactly("12::ana delete-without-where orders");
	}

	@Test
	void staticLintChecksSqlForEveryDatabase() throws Exception {
		assertThat(summary(lint("xml/master.xml"))).filteredOn((line) -> line.startsWith("11::"))
			.containsExactly("11::ana modify-data-type customer.name", "11::ana add-not-null-constraint customer.name");
	}

	@Test
	void findingsNameTheChangesetFileRelativeToTheSearchPath() throws Exception {
		assertThat(lint("xml/master.xml").findings()).extracting((f) -> f.changeSet().file())
			.contains("xml/destructive.xml", "xml/parts/001-drop.xml", "xml/master.xml");
	}

	@Test
	void aMissingChangelogIsNamed() {
		assertThatExceptionOfType(ChangeLogLintException.class)
			.isThrownBy(() -> lint(FORMATS.resolve("xml/missing.xml"), List.of(FORMATS)))
			.withMessageContaining("missing.xml");
	}

	@Test
	void aMalformedChangelogIsNamedWithItsLine(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("broken.yaml");
		Files.writeString(file, "databaseChangeLog:\n  - changeSet:\n      id: 1\n     author: x\n");
		assertThatExceptionOfType(ChangeLogLintException.class).isThrownBy(() -> lint(file, List.of()))
			.withMessageContaining("broken.yaml")
			.withMessageContaining("line 4");
	}

	@Test
	void aMalformedXmlChangelogIsNamedWithItsLine(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("broken.xml");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
				    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
				  <changeSet id="1" author="a">
				    <dropTable tableName="x">
				  </changeSet>
				</databaseChangeLog>
				""");
		assertThatExceptionOfType(ChangeLogLintException.class).isThrownBy(() -> lint(file, List.of()))
			.withMessageContaining("broken.xml")
			.withMessageContaining("line 7");
	}

	@ParameterizedTest
	@ValueSource(strings = { "yaml", "xml" })
	void aCustomChangeWhoseClassIsNotOnTheClasspathIsLintedByItsName(String format, @TempDir Path dir)
			throws Exception {
		Path file = dir.resolve("custom." + format);
		Files.writeString(file, format.equals("yaml") ? """
				databaseChangeLog:
				  - changeSet:
				      id: 1
				      author: ana
				      changes:
				        - customChange:
				            class: dev.ratchet.absent.BackfillTask
				            batchSize: 100
				""" : """
				<?xml version="1.0" encoding="UTF-8"?>
				<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
				    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
				  <changeSet id="1" author="ana">
				    <customChange class="dev.ratchet.absent.BackfillTask">
				      <param name="batchSize" value="100"/>
				    </customChange>
				  </changeSet>
				</databaseChangeLog>
				""");
		assertThat(summary(lint(file, List.of()))).containsExactly(
				"1::ana custom-change dev.ratchet.absent.BackfillTask");
	}

	@Test
	void aCustomChangeWhoseClassIsOnTheClasspathIsLintedAsBefore(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("custom.yaml");
		Files.writeString(file, """
				databaseChangeLog:
				  - changeSet:
				      id: 1
				      author: ana
				      changes:
				        - customChange:
				            class: dev.ratchet.lint.NoOpCustomChange
				""");
		assertThat(summary(lint(file, List.of()))).containsExactly(
				"1::ana custom-change dev.ratchet.lint.NoOpCustomChange");
	}

	@Test
	void aCustomChangeWhoseClassIsOnTheClasspathIsNeverLoadedNorInstantiated(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("custom.yaml");
		Files.writeString(file, """
				databaseChangeLog:
				  - changeSet:
				      id: 1
				      author: ana
				      changes:
				        - customChange:
				            class: dev.ratchet.lint.MarkingCustomChange
				            batchSize: 100
				""");
		Path baseline = dir.resolve("released.txt");
		StaticLint.record(LintRequest.of(file.toString()).withSearchPath(List.of(dir)).withWriteBaseline(baseline));
		assertThat(summary(lint(file, List.of()))).containsExactly(
				"1::ana custom-change dev.ratchet.lint.MarkingCustomChange");
		assertThat(StaticLint.lint(LintRequest.of(file.toString()).withSearchPath(List.of(dir)).withBaseline(baseline))
			.findings()).isEmpty();
		assertThat(System.getProperty("ratchet.test.marking-custom-change")).isNull();
	}

	private LintReport lint(String file) throws ChangeLogLintException {
		return lint(FORMATS.resolve(file), List.of(FORMATS));
	}

	private static List<String> summary(LintReport report) {
		return report.findings()
			.stream()
			.map((f) -> f.changeSet().id() + "::" + f.changeSet().author() + " " + f.rule().id() + " " + f.target())
			.toList();
	}

	private static LintReport lint(Path changeLog, List<Path> searchPath) throws ChangeLogLintException {
		return StaticLint.lint(LintRequest.of(changeLog.toString()).withSearchPath(searchPath));
	}

}
