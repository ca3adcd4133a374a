package dev.ratchet.lint.report;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ratchet.lint.LintCommand;
import dev.ratchet.lint.StaticLintFixture;
import dev.ratchet.lint.rule.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static dev.ratchet.lint.StaticLintFixture.changeSet;
import static dev.ratchet.lint.StaticLintFixture.createCustomer;
import static dev.ratchet.lint.StaticLintFixture.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LintSarif}: the report is valid SARIF 2.1.0, checked against the OASIS
 * schema, with one result per finding at the file and line of its changeset.
 */
class LintSarifTests {

	@TempDir
	Path folder;

	@Test
	void theReportIsValidSarifWithOneResultPerFinding() throws Exception {
		StaticLintFixture fixture = new StaticLintFixture(this.folder);
		fixture.write("db/changelog/master.yaml", yaml(changeSet("1", createCustomer()),
				changeSet("2", "        - dropColumn: {tableName: orders, columnName: legacy_ref}\n"
						+ "        - sql: UPDATE \"${prefix}orders\" SET note = NULL\n"),
				"  - changeSet:\n      id: 3\n      author: ana\n      comment: ratchet:allow drop-table it is unused\n"
						+ "      changes:\n        - dropTable: {tableName: legacy}\n",
				changeSet("4", "        - dropNotNullConstraint: {tableName: orders, columnName: note}\n")));
		assertThat(fixture.lint(this.folder.resolve("db/changelog/master.yaml").toString(), "--search-path",
				this.folder.toString(), "--format", "sarif")).isEqualTo(LintCommand.BLOCKED);
		String sarif = fixture.out();
		assertThat(validate(sarif)).isEmpty();
		JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
		assertThat(run.get("results")).hasSize(4);
		JsonNode first = run.get("results").get(0);
		assertThat(first.get("ruleId").asString()).isEqualTo("drop-column");
		assertThat(first.get("level").asString()).isEqualTo("error");
		assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(11);
		assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
			.endsWith("db/changelog/master.yaml");
		assertThat(run.at("/results/2/suppressions/0/kind").asString()).isEqualTo("inSource");
		assertThat(run.at("/results/3/level").asString()).isEqualTo("warning");
		assertThat(run.at("/tool/driver/rules")).hasSize(Rule.values().length);
		assertThat(run.at("/tool/driver/rules/1/help/text").asString()).startsWith("Why: Dropping a column");
		assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asString())
			.contains("${prefix}");
	}

	@Test
	void aReportWithoutFindingsIsValidSarif() throws Exception {
		StaticLintFixture fixture = new StaticLintFixture(this.folder);
		fixture.write("master.yaml", yaml(changeSet("1", createCustomer())));
		assertThat(fixture.lint(this.folder.resolve("master.yaml").toString(), "--format", "sarif"))
			.isEqualTo(LintCommand.OK);
		assertThat(validate(fixture.out())).isEmpty();
	}

	private static List<Error> validate(String sarif) throws Exception {
		try (InputStream schema = LintSarifTests.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
			Schema sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
				.getSchema(schema, InputFormat.JSON);
			return sarifSchema.validate(sarif, InputFormat.JSON);
		}
	}

}
