package dev.ratchet.sample.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance killed with SIGKILL at a random moment of an update of many small changesets,
 * with no sleep to aim at, on PostgreSQL under the default settings: each kill leaves every
 * changeset either applied and recorded or neither, and the next instance completes the
 * update with each changeset recorded exactly once.
 */
class KilledAtRandomIT {

	private static final int CHANGE_SETS = 150;

	/**
	 * How many instances to kill ({@code -Dratchet.kills.jvm}): instances are started and killed
	 * until half as many were killed before their update finished (a kill may land after it),
	 * three times as many at most.
	 */
	private static final int KILLS = Integer.getInteger("ratchet.kills.jvm", 4);

	private static final Duration PROMPTLY = Duration.ofMinutes(2);

	@RegisterExtension
	final SampleApps apps = new SampleApps();

	@Test
	void aJvmKilledAtAnyMomentLeavesNothingHalfDoneAndTheNextStartCompletes() throws Exception {
		TestServer server = TestServer.POSTGRESQL;
		Path changeLog = ChangeLogs.createTables("random-kill", server, "q", CHANGE_SETS, 0);
		long updateNanos = updateNanos(server, changeLog);
		int killed = 0;
		int trial = 0;
		while (killed < Math.max(1, KILLS / 2) && trial < KILLS * 3) {
			trial++;
			TestDatabase database = this.apps.createDatabase(server);
			String url = "--spring.datasource.url=" + database.url();
			SampleAppProcess first = this.apps.start("random-kill-" + trial, url, ChangeLogs.changeLog(changeLog));
			first.await(PROMPTLY, () -> database.appliedChangeSets() >= 1, "to record its first changeset");
			TimeUnit.NANOSECONDS.sleep(ThreadLocalRandom.current().nextLong(updateNanos));
			first.kill();
			int applied = database.appliedChangeSets();
			if (applied == CHANGE_SETS) {
				System.err.println("Instance " + trial + " had finished its update when it was killed");
				continue;
			}
			killed++;
			System.err.println("Killed instance " + trial + " after " + applied + " of " + CHANGE_SETS + " changesets");
			Set<String> tables = new HashSet<>(database.tables("q"));
			assertThat(tables).as("tables after the kill").isEqualTo(new HashSet<>(database.changeLog("id")));
			SampleAppProcess next = this.apps.start("random-kill-" + trial + "-next", url,
					ChangeLogs.changeLog(changeLog));
			next.awaitStarted(PROMPTLY);
			List<String> all = IntStream.rangeClosed(1, CHANGE_SETS).mapToObj((i) -> ChangeLogs.table("q", i)).toList();
			assertThat(database.changeLog("id")).isEqualTo(all);
			assertThat(database.tables("q")).isEqualTo(all);
			next.close();
		}
		System.err.println("PostgreSQL: " + killed + " of " + trial + " instances killed with SIGKILL at a random moment "
				+ "of the update, none left a changeset applied but unrecorded, every next start completed");
		assertThat(killed).as("instances killed before their update finished").isPositive();
	}

	/**
	 * Measures how long an update of the changelog runs in an instance, from its first
	 * recorded changeset until it started.
	 */
	private long updateNanos(TestServer server, Path changeLog) throws Exception {
		TestDatabase database = this.apps.createDatabase(server);
		SampleAppProcess process = this.apps.start("random-kill-measure", "--spring.datasource.url=" + database.url(),
				ChangeLogs.changeLog(changeLog));
		process.await(PROMPTLY, () -> database.appliedChangeSets() >= 1, "to record its first changeset");
		long start = System.nanoTime();
		process.await(PROMPTLY, () -> database.appliedChangeSets() == CHANGE_SETS, "to finish its update");
		long nanos = System.nanoTime() - start;
		process.close();
		return nanos;
	}

}
