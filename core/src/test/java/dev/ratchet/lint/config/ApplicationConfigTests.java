package dev.ratchet.lint.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.config.ApplicationConfig.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ApplicationConfig}: files found and ordered as Spring Boot orders them,
 * names bound as Spring binds them, placeholders resolved.
 */
class ApplicationConfigTests {

	@TempDir
	Path resources;

	@TempDir
	Path extra;

	@Test
	void aPropertiesFileWinsOverYamlAndConfigFolderOverTheRoot() throws Exception {
		write(this.resources, "application.yaml", "ratchet:\n  validation:\n    mode: warn\n  refresh-interval: 1m\n");
		write(this.resources, "application.properties", "ratchet.validation.mode=off\n");
		write(this.resources, "config/application.properties", "ratchet.refresh-interval=2m\n");
		ApplicationConfig config = read(List.of());
		assertThat(value(config, "ratchet.validation.mode")).isEqualTo("off");
		assertThat(value(config, "ratchet.refresh-interval")).isEqualTo("2m");
	}

	@Test
	void profileFilesAndDocumentsWinOverTheBaseAndLaterProfilesOverEarlierOnes() throws Exception {
		write(this.resources, "application.yaml", """
				ratchet.validation.mode: enforce
				---
				spring.config.activate.on-profile: eu
				ratchet.validation.mode: warn
				""");
		write(this.resources, "application-prod.properties", "ratchet.validation.mode=off\nother=prod\n");
		write(this.resources, "application-eu.properties", "other=eu\n");
		assertThat(value(read(List.of()), "ratchet.validation.mode")).isEqualTo("enforce");
		assertThat(value(read(List.of("eu")), "ratchet.validation.mode")).isEqualTo("warn");
		ApplicationConfig both = read(List.of("eu", "prod"));
		assertThat(value(both, "ratchet.validation.mode")).isEqualTo("off");
		assertThat(value(read(List.of("prod", "eu")), "other")).isEqualTo("eu");
		assertThat(both.profiles()).containsExactly("eu", "prod");
	}

	@Test
	void aYamlFileWhoseAliasRefersToItselfIsUnreadableNamingIt() throws Exception {
		write(this.resources, "application.yaml", "ratchet: &loop\n  validation: *loop\n");
		assertThatExceptionOfType(ChangeLogLintException.class).isThrownBy(() -> read(List.of()))
			.withMessageContaining("application.yaml")
			.withMessageContaining("nest deeper than 100 levels");
	}

	@Test
	void theActiveProfilesOfTheConfigurationApplyWhenNoneAreGiven() throws Exception {
		write(this.resources, "application.properties", "spring.profiles.active=prod\n");
		write(this.resources, "application-prod.yaml", "ratchet.validation.mode: warn\n");
		ApplicationConfig config = read(List.of());
		assertThat(config.profiles()).containsExactly("prod");
		assertThat(value(config, "ratchet.validation.mode")).isEqualTo("warn");
	}

	@Test
	void filesGivenExplicitlyWinOverTheSearchPath() throws Exception {
		write(this.resources, "application.properties", "ratchet.validation.mode=warn\n");
		Path file = write(this.extra, "ci.yaml", "ratchet.validation.mode: off\n");
		ApplicationConfig config = ApplicationConfig.read(List.of(this.resources), List.of(file), List.of(), Map.of());
		assertThat(value(config, "ratchet.validation.mode")).isEqualTo("off");
		assertThat(config.property("ratchet.validation.mode").orElseThrow().origin()).isEqualTo(file.toString());
		assertThat(config.files()).containsExactly(this.resources.resolve("application.properties").toString(),
				file.toString());
	}

	@Test
	void namesAreBoundWhateverTheirCaseAndDashes() throws Exception {
		write(this.resources, "application.properties", "ratchet.validation.allowDropFirst=true\n");
		assertThat(value(read(List.of()), "ratchet.validation.allow-drop-first")).isEqualTo("true");
	}

	@Test
	void listsAreReadIndexedOrCommaSeparatedFromTheSourceThatSetsThem() throws Exception {
		write(this.resources, "application.yaml", "ratchet.validation.approved:\n  - a::1::x=drop-table\n  - b::2::x=drop-column\n");
		assertThat(read(List.of()).list("ratchet.validation.approved")).extracting(Property::value)
			.containsExactly("a::1::x=drop-table", "b::2::x=drop-column");
		write(this.resources, "application.properties", "ratchet.validation.approved[1]=d::4::x=drop-view\n"
				+ "ratchet.validation.approved[0]=c::3::x=drop-table\n");
		assertThat(read(List.of()).list("ratchet.validation.approved")).extracting(Property::value)
			.containsExactly("c::3::x=drop-table", "d::4::x=drop-view");
		write(this.resources, "application.properties", "ratchet.validation.approved=e::5::x=drop-table,f::6::x=drop-view\n");
		assertThat(read(List.of()).list("ratchet.validation.approved")).extracting(Property::value)
			.containsExactly("e::5::x=drop-table", "f::6::x=drop-view");
	}

	@Test
	void mapsKeepTheirKeysAsWrittenAndMergeAcrossSources() throws Exception {
		write(this.resources, "application.yaml", "ratchet.validation.rules:\n  drop-column: warn\n  rename-table: off\n");
		write(this.resources, "application-prod.properties", "ratchet.validation.rules.rename-table=block\n"
				+ "ratchet.validation.rules[drop-view]=warn\n");
		Map<String, Property> rules = read(List.of("prod")).map("ratchet.validation.rules");
		assertThat(rules).containsOnlyKeys("drop-column", "rename-table", "drop-view");
		assertThat(rules.get("rename-table").value()).isEqualTo("block");
		assertThat(rules.get("drop-column").origin()).endsWith("application.yaml");
	}

	@Test
	void placeholdersAreResolvedFromTheEnvironmentTheConfigurationAndTheirDefaults() throws Exception {
		write(this.resources, "application.properties", """
				ratchet.validation.mode=${RATCHET_MODE}
				spring.liquibase.parameters.schema=${app.schema:public}
				spring.liquibase.parameters.owner=${APP_OWNER:${app.default-owner}}
				app.default-owner=platform
				ratchet.validation.rules.drop-column=${ratchet.lenient}
				""");
		ApplicationConfig config = ApplicationConfig.read(List.of(this.resources), List.of(), List.of(),
				Map.of("RATCHET_MODE", "warn", "RATCHET_LENIENT", "warn"));
		assertThat(value(config, "ratchet.validation.mode")).isEqualTo("warn");
		assertThat(config.map("spring.liquibase.parameters")).extractingByKeys("schema", "owner")
			.extracting(Property::value)
			.containsExactly("public", "platform");
		assertThat(config.map("ratchet.validation.rules").get("drop-column").value()).isEqualTo("warn");
	}

	@Test
	void aPlaceholderWithoutAValueNamesThePropertyAndItsFile() throws Exception {
		write(this.resources, "application.properties", "ratchet.validation.mode=${MODE_NOBODY_SET}\n");
		assertThatIllegalArgumentException().isThrownBy(() -> read(List.of()).property("ratchet.validation.mode"))
			.withMessageContaining("ratchet.validation.mode in ")
			.withMessageContaining("application.properties")
			.withMessageContaining("${MODE_NOBODY_SET}");
	}

	@Test
	void aMalformedOrMissingFileIsNamed() throws Exception {
		write(this.resources, "application.yaml", "ratchet: [unclosed\n");
		assertThatExceptionOfType(ChangeLogLintException.class).isThrownBy(() -> read(List.of()))
			.withMessageContaining("application.yaml");
		assertThatExceptionOfType(ChangeLogLintException.class)
			.isThrownBy(() -> ApplicationConfig.read(List.of(), List.of(this.extra.resolve("absent.yaml")), List.of(),
					Map.of()))
			.withMessageContaining("absent.yaml does not exist");
	}

	private ApplicationConfig read(List<String> profiles) throws ChangeLogLintException {
		return ApplicationConfig.read(List.of(this.resources), List.of(), profiles, Map.of());
	}

	private static String value(ApplicationConfig config, String name) {
		return config.property(name).map(Property::value).orElse(null);
	}

	private static Path write(Path folder, String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

}
