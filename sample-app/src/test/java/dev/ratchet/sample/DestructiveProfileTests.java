package dev.ratchet.sample;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
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

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(SampleApplication.class).web(WebApplicationType.NONE);
	}

}
