package dev.ratchet.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class SpringChangeLogTests {

	@TempDir
	Path resources;

	@Test
	void readsTheChangeLogFromApplicationProperties() throws IOException {
		write("application.properties", "spring.liquibase.change-log=classpath:db/main.yaml\n");
		assertThat(SpringChangeLog.in(folders())).contains("classpath:db/main.yaml");
	}

	@Test
	void readsTheChangeLogFromNestedYaml() throws IOException {
		write("application.yaml", """
				spring:
				  liquibase:
				    change-log: "classpath:db/nested.yaml"
				""");
		assertThat(SpringChangeLog.in(folders())).contains("classpath:db/nested.yaml");
	}

	@Test
	void readsTheChangeLogFromADottedYamlKey() throws IOException {
		write("application.yml", """
				spring.liquibase.change-log: db/dotted.yaml
				""");
		assertThat(SpringChangeLog.in(folders())).contains("db/dotted.yaml");
	}

	@Test
	void readsTheChangeLogFromPartlyDottedYaml() throws IOException {
		write("application.yaml", """
				spring:
				  liquibase.changeLog: db/camel.yaml
				""");
		assertThat(SpringChangeLog.in(folders())).contains("db/camel.yaml");
	}

	@Test
	void ignoresYamlDocumentsActivatedByAProfile() throws IOException {
		write("application.yaml", """
				spring:
				  liquibase:
				    change-log: db/main.yaml
				---
				spring:
				  config:
				    activate:
				      on-profile: destructive
				  liquibase:
				    change-log: db/destructive.yaml
				""");
		assertThat(SpringChangeLog.in(folders())).contains("db/main.yaml");
	}

	@Test
	void prefersPropertiesOverYamlAsBootDoes() throws IOException {
		write("application.properties", "spring.liquibase.change-log=db/from-properties.yaml\n");
		write("application.yaml", "spring.liquibase.change-log: db/from-yaml.yaml\n");
		assertThat(SpringChangeLog.in(folders())).contains("db/from-properties.yaml");
	}

	@Test
	void looksInTheNextFileWhenOneDoesNotSetIt() throws IOException {
		write("application.properties", "spring.application.name=app\n");
		write("application.yaml", "spring.liquibase.change-log: db/from-yaml.yaml\n");
		assertThat(SpringChangeLog.in(folders())).contains("db/from-yaml.yaml");
	}

	@Test
	void isEmptyWhenNothingSetsIt() throws IOException {
		write("application.yaml", "spring:\n  application:\n    name: app\n");
		assertThat(SpringChangeLog.in(folders())).isEmpty();
		assertThat(SpringChangeLog.in(List.of())).isEmpty();
	}

	@Test
	void failsNamingTheFileWhenTheYamlIsInvalid() throws IOException {
		write("application.yaml", "spring: [unclosed\n");
		assertThatIOException().isThrownBy(() -> SpringChangeLog.in(folders())).withMessageContaining("application.yaml");
	}

	private List<File> folders() {
		return List.of(this.resources.toFile());
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.resources.resolve(name), content);
	}

}
