package dev.ratchet.lint;

import liquibase.util.LiquibaseUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the suite runs on the Liquibase line the build asked for (system property
 * {@code ratchet.liquibase.expected}, a version or a {@code major.minor} prefix), so a test
 * run that silently fell back to another Liquibase fails instead of passing for the wrong one.
 */
class LiquibaseVersionTests {

	@Test
	void liquibaseOnTheClasspathIsTheExpectedOne() {
		String expected = System.getProperty("ratchet.liquibase.expected");
		Assumptions.assumeTrue(expected != null && !expected.isBlank(), "ratchet.liquibase.expected is not set");
		String actual = LiquibaseUtil.getBuildVersion();
		System.out.println("Liquibase " + actual + " on the test classpath (expected " + expected + ")");
		assertThat(actual).as("Liquibase build version").satisfiesAnyOf(
				(version) -> assertThat(version).isEqualTo(expected),
				(version) -> assertThat(version).startsWith(expected + "."));
	}

}
