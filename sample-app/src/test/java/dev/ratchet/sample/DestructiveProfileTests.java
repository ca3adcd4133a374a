package dev.ratchet.sample;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class DestructiveProfileTests {

	private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:sample-destructive;DB_CLOSE_DELAY=-1";

	@Test
	void whenTheDestructiveReleaseIsPendingOnADeployedSchemaThenStartupFailsNamingBothChangeSets() {
		try (ConfigurableApplicationContext deployed = application().run(DATABASE)) {
			assertThat(deployed.isRunning()).isTrue();
		}
		assertThatException().isThrownBy(() -> application().profiles("destructive").run(DATABASE))
			.havingRootCause()
			.withMessageContaining("db/changelog/releases/r4-destructive.yaml::r4-drop-app-user-phone::sample")
			.withMessageContaining("[drop-column]")
			.withMessageContaining("db/changelog/releases/r4-destructive.yaml::r4-rename-task::sample")
			.withMessageContaining("[rename-table]");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theReadmeShowsTheFailureAsItIsPrinted(CapturedOutput output) throws Exception {
		String database = "--spring.datasource.url=jdbc:h2:mem:sample-readme;DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext deployed = application().run(database)) {
			assertThat(deployed.isRunning()).isTrue();
		}
		assertThatException().isThrownBy(() -> application().profiles("destructive").run(database));
		String printed = output.getAll();
		String description = printed.substring(printed.indexOf("Description:"), printed.indexOf("Action:"));
		String readme = Files.readString(Path.of("../README.md"));
		for (String line : description.lines().filter((line) -> !line.isBlank()).toList()) {
			assertThat(readme).as("README's quick start shows the line as printed").contains("   " + line + "\n");
		}
	}

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(SampleApplication.class).web(WebApplicationType.NONE);
	}

}
