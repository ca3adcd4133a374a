package dev.ratchet.lint.changelog;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import dev.ratchet.lint.ArchiveTableChange;
import dev.ratchet.lint.LintCommand;
import dev.ratchet.lint.StaticLintFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.ratchet.lint.StaticLintFixture.changeSet;
import static dev.ratchet.lint.StaticLintFixture.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChangeLogSource}: how static lint finds a changelog and its includes, and
 * reads it with parameters and a build's classes.
 */
class ChangeLogSourceTests {

	@TempDir
	Path folder;

	private StaticLintFixture fixture;

	@BeforeEach
	void createFixture() {
		this.fixture = new StaticLintFixture(this.folder);
	}

	@Test
	void theChangelogMayBeNamedRelativeToTheSearchPath() {
		this.fixture.write("resources/db/changelog/master.yaml",
				yaml(changeSet("1", "        - dropTable: {tableName: orders}\n")));
		assertThat(this.fixture.lint("db/changelog/master.yaml", "--search-path", this.folder.resolve("resources").toString()))
			.isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("BLOCK db/changelog/master.yaml::1::ana");
		assertThat(this.fixture.lint("classpath:db/changelog/master.yaml", "--search-path",
				this.folder.resolve("resources").toString())).isEqualTo(LintCommand.BLOCKED);
	}

	@Test
	void aChangelogFoundNowhereNamesTheSearchPath() {
		assertThat(this.fixture.lint("db/changelog/nope.yaml", "--search-path", this.folder.toString()))
			.isEqualTo(LintCommand.UNREADABLE);
		assertThat(this.fixture.err()).contains("Changelog db/changelog/nope.yaml does not exist", this.folder.toString());
	}

	@Test
	void includesResolveAgainstJarsOnTheSearchPath() throws IOException {
		Path jar = this.folder.resolve("schema.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			entry(out, "db/changelog/schema/r1.yaml", yaml(changeSet("lib-1",
					"        - dropColumn: {tableName: customer, columnName: fax}\n")));
		}
		this.fixture.write("app/db/changelog/master.yaml",
				"databaseChangeLog:\n  - include: {file: db/changelog/schema/r1.yaml}\n");
		assertThat(this.fixture.lint(this.folder.resolve("app/db/changelog/master.yaml").toString(), "--search-path",
				this.folder.resolve("app") + "," + jar)).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("BLOCK db/changelog/schema/r1.yaml::lib-1::ana (db/changelog/schema/r1.yaml:",
				"drop-column");
	}

	@Test
	void parametersNameTheTablesTheSqlTouches() throws IOException {
		this.fixture.write("master.yaml", yaml(changeSet("1",
				"        - sql: ALTER TABLE ${prefix}orders DROP COLUMN legacy_ref\n"),
				changeSet("2", "        - dropTable: {tableName: '${prefix}audit'}\n")));
		String master = this.folder.resolve("master.yaml").toString();
		assertThat(this.fixture.lint(master, "-Dprefix=app_", "--format", "json")).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("\"target\": \"app_orders.legacy_ref\"", "\"target\": \"app_audit\"")
			.doesNotContain("unresolvedParameters");
		Path parameters = this.fixture.write("lint.properties", "prefix=shop_\n");
		assertThat(this.fixture.lint(master, "--parameters", parameters.toString(), "--format", "json"))
			.isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("\"target\": \"shop_orders.legacy_ref\"");
		assertThat(this.fixture.lint(master, "--parameters", parameters.toString(), "-Dprefix=x_", "--format", "json"))
			.isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("\"target\": \"x_orders.legacy_ref\"");
	}

	@Test
	void anUnresolvedParameterIsReportedOnceAndNeverGarblesTheSql() {
		this.fixture.write("master.yaml", yaml(changeSet("1",
				"        - sql: ALTER TABLE ${prefix}orders DROP COLUMN legacy_ref\n"),
				changeSet("2", "        - sql: ALTER TABLE ${prefix}orders ADD COLUMN note varchar(20)\n"),
				changeSet("3", "        - sql: CREATE INDEX ${prefix}orders_idx ON ${prefix}orders (note)\n")));
		assertThat(this.fixture.lint(this.folder.resolve("master.yaml").toString())).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("change:  sql on ${prefix}orders.legacy_ref: drops column legacy_ref",
				"NOTE changelog parameter ${prefix} has no value; 3 changesets use it (master.yaml::1::ana, "
						+ "master.yaml::2::ana, master.yaml::3::ana). Give it with -Dprefix=<value>",
				"3 changesets, 2 findings: 1 blocking, 1 warnings")
			.doesNotContain("could not be parsed");
	}

	@Test
	void eachXmlChangeSetIsReadForParametersWhereverItsTextHoldsOne() {
		this.fixture.write("master.xml", "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n"
				+ "  <changeSet id=\"1\" author=\"ana\"><addColumn tableName=\"orders\">\n"
				+ "    <column name=\"note\" type=\"varchar(20)\" defaultValue=\"${first}\"/></addColumn></changeSet>\n"
				+ "  <changeSet id=\"2\" author=\"ana\"><addColumn tableName=\"orders\">\n"
				+ "    <column name=\"label\" type=\"varchar(20)\"/></addColumn></changeSet>\n"
				+ "  <changeSet\n      id=\"3\"\n      author=\"ana\">\n    <addColumn tableName=\"orders\">\n"
				+ "      <column name=\"code\" type=\"varchar(20)\" defaultValue=\"${last}\"/>\n"
				+ "    </addColumn>\n  </changeSet>\n</databaseChangeLog>\n");
		assertThat(this.fixture.lint(this.folder.resolve("master.xml").toString())).isEqualTo(LintCommand.OK);
		assertThat(this.fixture.out()).contains(
				"NOTE changelog parameter ${first} has no value; 1 changeset uses it (master.xml::1::ana)",
				"NOTE changelog parameter ${last} has no value; 1 changeset uses it (master.xml::3::ana)");
	}

	@Test
	void aFileWithALogicalPathIsReadForParametersFromWhereItLies() {
		this.fixture.write("master.yaml", "databaseChangeLog:\n  - include: {file: orders.yaml, relativeToChangelogFile: true}\n");
		this.fixture.write("orders.yaml", "databaseChangeLog:\n  - logicalFilePath: released/orders.yaml\n"
				+ changeSet("1", "        - createTable:\n            tableName: orders\n            columns:\n"
						+ "              - column: {name: note, type: varchar(20), defaultValue: '${note}'}\n"));
		assertThat(this.fixture.lint(this.folder.resolve("master.yaml").toString())).isEqualTo(LintCommand.OK);
		assertThat(this.fixture.out()).contains("NOTE changelog parameter ${note} has no value; 1 changeset uses it "
				+ "(released/orders.yaml::1::ana)");
	}

	@Test
	void aFindingInAFileWithALogicalPathPointsAtTheFile() {
		this.fixture.write("master.yaml", "databaseChangeLog:\n  - include: {file: orders.yaml, relativeToChangelogFile: true}\n");
		this.fixture.write("orders.yaml", "databaseChangeLog:\n  - logicalFilePath: released/orders.yaml\n"
				+ changeSet("1", "        - dropTable: {tableName: orders}\n"));
		assertThat(this.fixture.lint(this.folder.resolve("master.yaml").toString(), "--format", "github"))
			.isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("file=" + this.folder.resolve("orders.yaml") + ",line=3");
	}

	@Test
	void aParametersFileThatCannotBeReadIsNamed() {
		this.fixture.write("master.yaml", yaml(changeSet("1", "        - sql: SELECT 1\n")));
		assertThat(this.fixture.lint(this.folder.resolve("master.yaml").toString(), "--parameters",
				this.folder.resolve("missing.properties").toString())).isEqualTo(LintCommand.UNREADABLE);
		assertThat(this.fixture.err()).contains("Cannot read parameters file", "missing.properties");
	}

	@Test
	void anExtensionChangeTypeOnTheBuildsClassLoaderIsJudgedByItsSql() throws IOException {
		Path services = this.folder.resolve("classes/META-INF/services/liquibase.change.Change");
		Files.createDirectories(services.getParent());
		Files.writeString(services, ArchiveTableChange.class.getName() + "\n");
		this.fixture.write("master.yaml", yaml(changeSet("1", "        - archiveTable: {tableName: orders}\n")));
		String master = this.folder.resolve("master.yaml").toString();
		try (URLClassLoader build = new URLClassLoader(new URL[] { this.folder.resolve("classes").toUri().toURL() },
				getClass().getClassLoader())) {
			assertThat(this.fixture.lint(build, master, "--format", "json")).isEqualTo(LintCommand.BLOCKED);
			assertThat(this.fixture.out()).contains("\"rule\": \"drop-table\"", "\"changeType\": \"archiveTable\"");
		}
		assertThat(this.fixture.lint(master, "--format", "json")).isEqualTo(LintCommand.BLOCKED);
		assertThat(this.fixture.out()).contains("\"rule\": \"custom-change\"",
				"uses change type archiveTable, whose class is not on the classpath");
	}

	private static void entry(JarOutputStream jar, String name, String content) throws IOException {
		jar.putNextEntry(new JarEntry(name));
		OutputStream out = jar;
		out.write(content.getBytes(StandardCharsets.UTF_8));
		jar.closeEntry();
	}

}
