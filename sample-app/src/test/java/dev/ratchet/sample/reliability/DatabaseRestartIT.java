package dev.ratchet.sample.reliability;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database restarts in the middle of an update: the instance fails to start with a clear
 * message, and the next one, with default settings, completes the update at once. Runs only
 * where the server can be restarted from this machine, and alone, since every other test on
 * the server loses its connections.
 */
@Isolated
class DatabaseRestartIT {

	/**
	 * How long each changeset sleeps: the restart must land while one sleeps, and stopping the
	 * server spawns processes first, which can take longer than a fifth of a second on a busy
	 * machine (a restart that lands after the table is created, before Liquibase records the
	 * changeset, leaves it applied but unrecorded: README, "Guarantees and limits").
	 */
	private static final double RESTART_SLEEP_SECONDS = 0.6;

	@RegisterExtension
	final SampleApps apps = new SampleApps();

	@ParameterizedTest(name = "on {0}")
	@EnumSource
	void whenTheDatabaseRestartsMidUpdateTheStartFailsClearlyAndTheNextOneCompletes(TestServer server)
			throws Exception {
		List<List<String>> restart = server.restart();
		if (restart.isEmpty() || !isLocal(server)) {
			String message = server + " restart test skipped: the server cannot be restarted from this machine";
			System.err.println(message);
			Assumptions.abort(message);
		}
		InterruptedUpdate update = InterruptedUpdate.start(this.apps, server, "restart", RESTART_SLEEP_SECONDS);
		for (List<String> command : restart) {
			run(command);
		}
		awaitServer(update.database());
		assertThat(update.first().awaitExit(Duration.ofMinutes(2))).as(update.first().output()).isNotZero();
		assertThat(update.first().output()).contains("Liquibase update of 'liquibase' failed");
		update.assertNextStartCompletesPromptly(this.apps, "Restarted the database");
	}

	private static boolean isLocal(TestServer server) {
		String url = server.configuredUrl();
		return url != null && (url.contains("//127.0.0.1") || url.contains("//localhost"));
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(command + " failed: " + new String(process.getInputStream().readAllBytes()));
		}
	}

	private static void awaitServer(TestDatabase database) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				database.query("select 1");
				return;
			}
			catch (Exception ex) {
				Thread.sleep(500);
			}
		}
		throw new IllegalStateException(database + " did not come back within a minute");
	}

}
