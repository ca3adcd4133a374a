package dev.ratchet.boot.agreement;

import java.nio.file.Path;
import java.util.List;

import dev.ratchet.boot.autoconfigure.RatchetAutoConfiguration;
import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.testsupport.PostgresDatabase;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.run.LintRequest;
import dev.ratchet.lint.run.StaticLint;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.RunOutcome;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a pull request and a deploy agree: for the same changelog and the same
 * application configuration (approvals in {@code application.properties}, severities
 * overridden in a profile file, a changelog parameter from a placeholder), the boot gate on
 * PostgreSQL and static lint report the same findings, with the same severities and approvals.
 */
class BootAndStaticLintAgreementTests {

	private static final Path CONFIG = Path.of("src/test/resources/agreement/config");

	private static final Path RESOURCES = Path.of("src/test/resources");

	@Test
	void theBootGateAndStaticLintReportTheSameFindings() throws Exception {
		try (PostgresDatabase database = PostgresDatabase.create()) {
			releaseOne(database);
			Path baseline = Path.of("target/agreement-baseline.txt");
			StaticLint.record(LintRequest.of("agreement/db/r1.yaml").withSearchPath(List.of(RESOURCES))
				.withWriteBaseline(baseline));
			LintReport atBoot;
			List<Finding> atEndpoint;
			try (ConfigurableApplicationContext context = app(database, "prod").run()) {
				RunResult result = context.getBean(MigrationRuns.class).result("liquibase").orElseThrow();
				assertThat(result.lastRun().outcome()).isEqualTo(RunOutcome.BLOCKED);
				atBoot = result.checked().pendingLint();
				MigrationState state = context.getBean(MigrationSnapshots.class).current().get("liquibase");
				atEndpoint = state.findings();
			}
			LintReport statically = StaticLint.lint(LintRequest.of(null)
				.withSearchPath(List.of(RESOURCES))
				.withConfig(List.of(CONFIG), List.of("prod"))
				.withBaseline(baseline));
			assertThat(describe(statically.findings())).containsExactlyElementsOf(describe(atBoot.findings()))
				.containsExactly("agreement/db/r2.yaml::drop-phone::ana drop-column block approved",
						"agreement/db/r2.yaml::rename-invoice::ana rename-table warn",
						"agreement/db/r2.yaml::drop-archive::ana drop-table block",
						"agreement/db/r2.yaml::drop-nickname::ana drop-column block approved",
						"agreement/db/r2.yaml::truncate-audit::ana truncate-table warn");
			assertThat(describe(atEndpoint)).containsExactlyElementsOf(describe(atBoot.findings()));
			assertThat(statically.blocks()).isTrue();
			assertThat(statically.findings()).filteredOn(Finding::blocks)
				.singleElement()
				.satisfies((finding) -> assertThat(finding.target()).isEqualTo("legacy_archive"));
		}
	}

	private static void releaseOne(PostgresDatabase database) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
			.web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + database.url(),
					"spring.liquibase.change-log=classpath:agreement/db/r1.yaml", "ratchet.refresh-interval=0")
			.run()) {
			assertThat(context.getBean(MigrationRuns.class).result("liquibase").orElseThrow().lastRun().outcome())
				.isEqualTo(RunOutcome.SUCCESS);
		}
	}

	private static SpringApplicationBuilder app(PostgresDatabase database, String profile) {
		return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.profiles(profile)
			.properties("spring.config.location=file:" + CONFIG.toAbsolutePath() + "/",
					"spring.datasource.url=" + database.url(), "ratchet.refresh-interval=0");
	}

	private static List<String> describe(List<Finding> findings) {
		return findings.stream()
			.map((finding) -> finding.changeSet() + " " + finding.rule().id() + " " + finding.severity().id()
					+ (finding.approved() ? " approved" : ""))
			.toList();
	}

	/**
	 * An application of a data source, Boot's Liquibase and Ratchet.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class,
			RatchetAutoConfiguration.class })
	static class App {

	}

}
