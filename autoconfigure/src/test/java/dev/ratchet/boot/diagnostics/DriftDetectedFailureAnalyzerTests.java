package dev.ratchet.boot.diagnostics;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ratchet.boot.jpa.clinic.ClinicEntities;
import dev.ratchet.boot.snapshot.DriftDetectedException;
import dev.ratchet.boot.testsupport.JpaApps;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.drift.DriftKind;
import dev.ratchet.drift.DriftSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class DriftDetectedFailureAnalyzerTests {

	private static final String DRIFTED = "classpath:drift/clinic-drifted.yaml";

	@Test
	void describesEveryItemWithKindTargetEntityAndExpectedAgainstActual() {
		DriftItem missing = new DriftItem(DriftKind.MISSING_COLUMN, DriftSeverity.ERROR, "app_user", "phone", "AppUser", null,
				"varchar(32)", null);
		DriftItem edited = DriftItem.checksumMismatch("db/r1.yaml::1::ana", "9:aa", "9:bb");
		DriftDetectedException drift = new DriftDetectedException(Map.of("liquibase", List.of(missing, edited)));

		FailureAnalysis analysis = new DriftDetectedFailureAnalyzer().analyze(new IllegalStateException(drift));

		assertThat(analysis.getDescription()).contains("'liquibase'", "2 drift item(s) of severity error")
			.contains("missing-column on app_user.phone (entity AppUser): expected varchar(32), actual none")
			.contains("checksum-mismatch (changeset db/r1.yaml::1::ana): expected 9:bb, actual 9:aa");
		assertThat(analysis.getAction()).contains("add a changeset", "change the entity's mapping",
				"ratchet.drift.fail-on=none");
	}

	@Test
	void printsTheSuggestedChangeSetAndPointsTheActionAtIt() {
		DriftItem missing = new DriftItem(DriftKind.MISSING_COLUMN, DriftSeverity.ERROR, "app_user", "phone", "AppUser", null,
				"varchar(32)", null);
		String suggested = "databaseChangeLog:\n- changeSet:\n    id: ratchet-suggested-0a1b2c3d\n";
		DriftDetectedException drift = new DriftDetectedException(Map.of("liquibase", List.of(missing)),
				Map.of("liquibase", suggested));

		FailureAnalysis analysis = new DriftDetectedFailureAnalyzer().analyze(new IllegalStateException(drift));

		assertThat(analysis.getDescription()).contains("The changeset that adds what it lacks")
			.contains("id: ratchet-suggested-0a1b2c3d");
		assertThat(analysis.getAction()).startsWith("Review the changeset above");
		assertThat(drift.getSuggestedChangeLogs()).containsEntry("liquibase", suggested);
	}

	@Test
	void whenFailOnIsErrorThenDriftOfSeverityErrorFailsStartupListingEveryItem() {
		drifted().withPropertyValues("ratchet.drift.fail-on=error").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new DriftDetectedFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("6 drift item(s) of severity error")
				.contains("missing-table on visit (entity Visit)")
				.containsIgnoringCase("missing-column on owner.city (entity Owner): expected varchar(60), actual none")
				.containsIgnoringCase("type-mismatch on owner.age (entity Owner)")
				.containsIgnoringCase("length-mismatch on owner.email (entity Owner): expected varchar(200)")
				.containsIgnoringCase("nullable-mismatch on owner.phone (entity Owner)")
				.containsIgnoringCase("unmapped-required-column on owner.tenant_id")
				.doesNotContainIgnoringCase("owner.nickname")
				.doesNotContainIgnoringCase("legacy_code")
				.doesNotContainIgnoringCase("audit_log");
		});
	}

	@Test
	void whenFailOnIsNoneThenDriftIsOnlyReported() {
		drifted().run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void whenDriftIsDisabledThenFailOnErrorDoesNotFailStartup() {
		drifted().withPropertyValues("ratchet.drift.fail-on=error", "ratchet.drift.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void theApplicationReportsTheAnalysisWhenItFailsToStart(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(DriftedApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + h2Url(), "spring.liquibase.change-log=" + DRIFTED,
					"spring.jpa.hibernate.ddl-auto=none", "ratchet.drift.fail-on=error")
			.run());
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("6 drift item(s) of severity error")
			.contains("missing-table on visit (entity Visit)")
			.contains("ratchet.drift.fail-on=none");
	}

	private static ApplicationContextRunner drifted() {
		return JpaApps.runner(h2Url(), ClinicEntities.class, DRIFTED);
	}

	private static String h2Url() {
		return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = ClinicEntities.class)
	static class DriftedApplication {

	}

}
