package dev.ratchet.lint.history;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.ratchet.lint.ChangeLogLintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link GitProcess}: a run that outlasts its timeout is stopped and reported.
 */
class GitProcessTests {

	@Test
	@Timeout(value = 20, unit = TimeUnit.SECONDS)
	void aRunThatOutlastsItsTimeoutIsStoppedAndNamed() {
		assertThatExceptionOfType(ChangeLogLintException.class)
			.isThrownBy(() -> GitProcess.run(List.of("sleep", "60"), Duration.ofMillis(300)))
			.withMessage("sleep 60 did not finish within 300 ms and was stopped");
	}

	@Test
	void aRunThatFinishesGivesItsStatusOutputAndErrors() throws Exception {
		GitProcess.Result result = GitProcess.run(List.of("git", "--version"), Duration.ofSeconds(30));
		assertThat(result.status()).isZero();
		assertThat(new String(result.output())).startsWith("git version");
	}

}
