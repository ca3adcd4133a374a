package dev.ratchet.sample.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fleet's first deploy: eight instances of the application boot at the same moment on a
 * database that has never seen Liquibase, with many pending changesets. Under the default
 * session lock every instance starts and every changeset is applied exactly once, also the
 * creation of Liquibase's own tables. Rounds, each on a fresh database:
 * {@code ratchet.reliability.rounds} on PostgreSQL (default 2),
 * {@code ratchet.reliability.mariadb.rounds} on MariaDB (default 1). Runs alone: it needs
 * every core.
 */
@Isolated
class ConcurrentStartupIT {

	private static final int CHANGE_SETS = 200;

	private static final int INSTANCES = 8;

	/**
	 * Asks the instance's {@code migrations} health, which is OUT_OF_SERVICE (503) until the
	 * first state snapshot is taken, as a readiness probe would.
	 */
	private static boolean migrationsUp(SampleAppProcess instance) {
		try {
			return instance.get("/actuator/health/migrations").contains("\"status\":\"UP\"");
		}
		catch (AssertionError | RuntimeException ex) {
			return false;
		}
	}

	private static int rounds(TestServer server) {
		return (server == TestServer.MARIADB) ? Integer.getInteger("ratchet.reliability.mariadb.rounds", 1)
				: Integer.getInteger("ratchet.reliability.rounds", 2);
	}

	@RegisterExtension
	final SampleApps apps = new SampleApps();

	@ParameterizedTest(name = "on {0}")
	@EnumSource
	void eightInstancesStartingTogetherOnAFreshDatabaseApplyEveryChangesetExactlyOnce(TestServer server)
			throws Exception {
		Path changeLog = ChangeLogs.createTables("concurrent", server, "t", CHANGE_SETS, 0.01);
		List<String> expected = IntStream.rangeClosed(1, CHANGE_SETS)
			.mapToObj((i) -> ChangeLogs.table("t", i))
			.toList();
		int started = 0;
		int rounds = rounds(server);
		for (int round = 1; round <= rounds; round++) {
			TestDatabase database = this.apps.createDatabase(server);
			List<SampleAppProcess> instances = new ArrayList<>();
			for (int i = 1; i <= INSTANCES; i++) {
				instances.add(this.apps.start("concurrent-" + server.id() + "-" + round + "-" + i,
						"--spring.datasource.url=" + database.url(), ChangeLogs.changeLog(changeLog)));
			}
			for (SampleAppProcess instance : instances) {
				instance.awaitStarted(Duration.ofMinutes(4));
				instance.await(Duration.ofSeconds(30), () -> migrationsUp(instance), "UP in its migrations health");
				started++;
			}
			System.err.println("Round " + round + ": " + INSTANCES + " instances started on " + server
					+ ", the last after " + instances.stream()
						.map(SampleAppProcess::elapsed)
						.max(Duration::compareTo)
						.orElseThrow()
						.toMillis()
					+ " ms");
			assertThat(database.changeLog("id")).isEqualTo(expected);
			assertThat(database.tables("t")).isEqualTo(expected);
			assertThat(database.hasLockTable()).isFalse();
			assertThat(database.migrationLockHolder()).isNull();
			instances.forEach(SampleAppProcess::close);
		}
		System.err.println(started + " of " + (rounds * INSTANCES) + " instances started on " + server);
	}

}
