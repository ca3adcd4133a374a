package dev.ratchet.boot.diagnostics;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.RunningApp;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A marker secret in the JDBC URL's password, in a row a failing changeset inserts and in a
 * changelog parameter a dynamic-SQL changeset uses never appears in the endpoint, the
 * health indicator, the log or the failure analysis.
 */
@ParameterizedClass
@EnumSource(names = { "POSTGRESQL", "MARIADB" })
@ExtendWith(OutputCaptureExtension.class)
class NoSecretInOutputIntegrationTests {

	private static final String MARKER = "Mk7SecretMarker";

	private static final String ACCOUNTS = """
			databaseChangeLog:
			  - changeSet:
			      id: accounts
			      author: ana
			      changes:
			        - createTable:
			            tableName: account
			            columns:
			              - column: {name: id, type: int}
			              - column: {name: token, type: varchar(64), constraints: {unique: true, uniqueConstraintName: account_token_key}}
			        - insert:
			            tableName: account
			            columns:
			              - column: {name: id, valueNumeric: 1}
			              - column: {name: token, value: %1$s}
			  - changeSet:
			      id: duplicate
			      author: ana
			      changes:
			        - insert:
			            tableName: account
			            columns:
			              - column: {name: id, valueNumeric: 2}
			              - column: {name: token, value: %1$s}
			""".formatted(MARKER);

	private static final String ROTATE = """
			databaseChangeLog:
			  - changeSet:
			      id: rotate
			      author: ana
			      changes:
			        - sql:
			            sql: DO $$ BEGIN EXECUTE format('ALTER ROLE ratchet_no_such_role PASSWORD %L', '${pw}'); END $$
			""";

	@Parameter
	Engine engine;

	private SqlDatabase database;

	@TempDir
	Path directory;

	@BeforeEach
	void createDatabase() {
		this.database = this.engine.create();
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		if (this.database != null) {
			if (this.engine == Engine.MARIADB) {
				this.database.execute("drop user if exists " + secretUser());
			}
			this.database.close();
		}
	}

	@Test
	void aFailedChangesetsRowValueAndTheUrlsPasswordAppearNowhere(CapturedOutput output) throws Exception {
		String changeLog = changeLog("accounts.yaml", ACCOUNTS);
		try (RunningApp app = start(changeLog, "ratchet.migration.on-failure=continue")) {
			String body = get(app, "/actuator/migrations");
			assertThat((String) JsonPath.read(body, "$.liquibaseBeans.liquibase.lastRun.error"))
				.contains("account_token_key", this.engine.sql("SQLSTATE 23505", "error 1062"));
			assertThat(body).doesNotContain(MARKER);
			assertThat(get(app, "/actuator/health")).contains("\"DOWN\"").doesNotContain(MARKER);
			assertThat(get(app, "/actuator/health/migrations")).doesNotContain(MARKER);
		}
		assertThat(ratchetLog(output)).contains("failed in changeset").doesNotContain(MARKER);
		FailureAnalysis analysis = startupFailure(changeLog, new UpdateFailedFailureAnalyzer());
		assertThat(analysis.getDescription()).contains("account_token_key");
		assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(MARKER);
	}

	@Test
	void aChangelogParameterUsedInDynamicSqlAppearsNowhere(CapturedOutput output) throws Exception {
		String changeLog = changeLog("rotate.yaml", ROTATE);
		try (RunningApp app = start(changeLog, "ratchet.migration.on-failure=continue")) {
			String body = get(app, "/actuator/migrations");
			assertThat(body).contains("dynamic-sql").doesNotContain(MARKER);
			assertThat(get(app, "/actuator/health")).doesNotContain(MARKER);
		}
		FailureAnalysis analysis = startupFailure(changeLog, new MigrationBlockedFailureAnalyzer());
		assertThat(analysis.getDescription()).contains("dynamic-sql");
		assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(MARKER);
		try (RunningApp app = start(changeLog, "ratchet.validation.mode=warn",
				"ratchet.migration.on-failure=continue")) {
			String body = get(app, "/actuator/migrations");
			assertThat((String) JsonPath.read(body, "$.liquibaseBeans.liquibase.lastRun.outcome")).isEqualTo("FAILED");
			assertThat(body).doesNotContain(MARKER);
		}
		assertThat(ratchetLog(output)).contains("dynamic-sql").doesNotContain(MARKER);
	}

	private RunningApp start(String changeLog, String... properties) throws SQLException {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + urlWithPassword(),
				"spring.liquibase.change-log=" + changeLog, "spring.liquibase.parameters.pw=" + MARKER,
				"management.endpoints.web.exposure.include=migrations,health",
				"management.endpoint.health.show-details=always"));
		all.addAll(List.of(properties));
		return RunningApp.start(new Class<?>[] { TestApplication.class }, all.toArray(String[]::new));
	}

	private FailureAnalysis startupFailure(String changeLog,
			AbstractFailureAnalyzer<?> analyzer) throws SQLException {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		MigrationApps.on(urlWithPassword())
			.withPropertyValues("spring.liquibase.change-log=" + changeLog, "spring.liquibase.parameters.pw=" + MARKER)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasStackTraceContaining("Liquibase");
				analysis[0] = analyzer.analyze(context.getStartupFailure());
			});
		assertThat(analysis[0]).isNotNull();
		return analysis[0];
	}

	private String changeLog(String name, String yaml) throws Exception {
		Path file = this.directory.resolve(name);
		Files.writeString(file, yaml);
		return "file:" + file;
	}

	/**
	 * Returns what Ratchet's loggers wrote, each entry with the lines that follow it; what
	 * Liquibase, the driver and Hibernate log on their own is left out.
	 */
	private static String ratchetLog(CapturedOutput output) {
		StringBuilder log = new StringBuilder();
		boolean ratchet = false;
		for (String line : output.getAll().lines().toList()) {
			int message = line.indexOf(" : ");
			if (line.matches("^\\d{4}-\\d{2}-\\d{2}T.*") && message > 0) {
				String head = line.substring(0, message).strip();
				String name = head.substring(head.lastIndexOf(' ') + 1);
				ratchet = name.startsWith("dev.ratchet.") || name.startsWith("d.r.");
			}
			if (ratchet) {
				log.append(line).append('\n');
			}
		}
		return log.toString();
	}

	private static String get(RunningApp app, String path) {
		HttpResponse<String> response = app.get(path);
		return response.body();
	}

	private String urlWithPassword() throws SQLException {
		if (this.engine != Engine.MARIADB) {
			return this.database.url() + "&password=" + MARKER;
		}
		String name = this.database.query("select database()").get(0);
		this.database.execute("create or replace user " + secretUser() + " identified by '" + MARKER + "'",
				"grant all on " + name + ".* to " + secretUser());
		return this.database.url().replace("user=root", "user=" + name) + "&password=" + MARKER;
	}

	private String secretUser() throws SQLException {
		return "'" + this.database.query("select database()").get(0) + "'@'%'";
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
