package dev.ratchet.lint.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.ValidationMode;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RatchetSettings}: what an application's configuration tells static lint.
 */
class RatchetSettingsTests {

	@TempDir
	Path resources;

	@Test
	void anApplicationThatConfiguresNothingGetsTheDefaults() throws Exception {
		RatchetSettings settings = settings(List.of());
		assertThat(settings.mode()).isEqualTo(ValidationMode.ENFORCE);
		assertThat(settings.policy().severityOf(Rule.DROP_COLUMN)).isEqualTo(Severity.BLOCK);
		assertThat(settings.changeLogOrDefault()).isEqualTo("db/changelog/db.changelog-master.yaml");
		assertThat(settings.parameters()).isEmpty();
	}

	@Test
	void readsModeSeveritiesApprovalsChangeLogAndParameters() throws Exception {
		write("application.yaml", """
				spring:
				  liquibase:
				    change-log: classpath:db/app/main.yaml
				    parameters:
				      schema: app
				ratchet:
				  validation:
				    mode: WARN
				    rules:
				      rename-table: warn
				    approved:
				      - db/app/r2.yaml::drop-phone::ana=drop-column
				  online:
				    large-table-rows: 500
				""");
		RatchetSettings settings = settings(List.of());
		assertThat(settings.mode()).isEqualTo(ValidationMode.WARN);
		LintPolicy policy = settings.policy();
		assertThat(policy.severityOf(Rule.RENAME_TABLE)).isEqualTo(Severity.WARN);
		assertThat(policy.approvals().forChangeSet(ChangeSetId.parse("db/app/r2.yaml::drop-phone::ana")))
			.containsExactly(Rule.DROP_COLUMN);
		assertThat(policy.largeTableRows()).isEqualTo(500);
		assertThat(settings.changeLog()).isEqualTo("classpath:db/app/main.yaml");
		assertThat(settings.parameters()).containsExactly(Map.entry("schema", "app"));
	}

	@Test
	void anUnknownRuleIdNamesThePropertyAndTheFile() throws Exception {
		write("application-prod.properties", "ratchet.validation.rules.drop-colum=warn\n");
		assertThatExceptionOfType(ChangeLogLintException.class).isThrownBy(() -> settings(List.of("prod")))
			.withMessageContaining("Unknown rule id 'drop-colum'")
			.withMessageContaining("ratchet.validation.rules.drop-colum")
			.withMessageContaining("application-prod.properties");
	}

	@Test
	void invalidValuesNameThePropertyAndTheFile() throws Exception {
		write("application.properties", "ratchet.validation.mode=strict\n");
		assertThatExceptionOfType(ChangeLogLintException.class).isThrownBy(() -> settings(List.of()))
			.withMessageContaining("Invalid value 'strict' for ratchet.validation.mode")
			.withMessageContaining("application.properties");
		write("application.properties", "ratchet.validation.rules.drop-column=loud\n");
		assertThatExceptionOfType(ChangeLogLintException.class).isThrownBy(() -> settings(List.of()))
			.withMessageContaining("use block, warn, info or off");
		write("application.properties", "ratchet.validation.approved=db/r2.yaml=drop-column\n");
		assertThatExceptionOfType(ChangeLogLintException.class).isThrownBy(() -> settings(List.of()))
			.withMessageContaining("Invalid approval 'db/r2.yaml=drop-column' in ratchet.validation.approved");
	}

	private RatchetSettings settings(List<String> profiles) throws ChangeLogLintException {
		return RatchetSettings.of(ApplicationConfig.read(List.of(this.resources), List.of(), profiles, Map.of()));
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.resources.resolve(name), content, StandardCharsets.UTF_8);
	}

}
