package dev.ratchet.sample.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An update under the default session lock that a test interrupts half way, and the start
 * after it, which must complete the update at once, without waiting for a lock.
 *
 * @param server the server
 * @param database the test's database
 * @param changeLog the changelog, 60 changesets each sleeping a little, then creating a table
 * @param first the instance whose update is interrupted
 * @param name the name of the test's processes and changelog
 * @param migratingSession the session of the update, caught inside a changeset
 */
record InterruptedUpdate(TestServer server, TestDatabase database, Path changeLog, SampleAppProcess first,
		String name, String migratingSession) {

	static final int CHANGE_SETS = 60;

	private static final Duration PROMPTLY = Duration.ofSeconds(90);

	/**
	 * Starts an instance on a fresh database and waits until it is half way through, inside
	 * a changeset's sleep, so that what interrupts it lands while the session is busy; kills at
	 * any other moment are {@link KilledAtRandomIT}'s.
	 * @param apps the test's processes and databases
	 * @param server the server
	 * @param name a name for the changelog and processes
	 * @return the running update
	 * @throws Exception when the database cannot be read
	 */
	static InterruptedUpdate start(SampleApps apps, TestServer server, String name) throws Exception {
		return start(apps, server, name, 0.2);
	}

	/**
	 * Starts an instance as {@link #start(SampleApps, TestServer, String)} does, each changeset
	 * sleeping as long as given: an interruption that takes time to land (a server restart
	 * spawns processes) needs a longer sleep to land inside the changeset.
	 * @param apps the test's processes and databases
	 * @param server the server
	 * @param name a name for the changelog and processes
	 * @param sleepSeconds how long each changeset sleeps before it creates its table
	 * @return the running update
	 * @throws Exception when the database cannot be read
	 */
	static InterruptedUpdate start(SampleApps apps, TestServer server, String name, double sleepSeconds)
			throws Exception {
		TestDatabase database = apps.createDatabase(server);
		Path changeLog = ChangeLogs.createTables("lost-" + name, server, "k", CHANGE_SETS, sleepSeconds);
		SampleAppProcess first = apps.start(name + "-" + server.id() + "-first",
				"--spring.datasource.url=" + database.url(), ChangeLogs.changeLog(changeLog));
		first.await(Duration.ofMinutes(2), () -> database.appliedChangeSets() >= 5, "halfway through the update");
		String sleeping = database.awaitSleepingSession(Duration.ofSeconds(30));
		return new InterruptedUpdate(server, database, changeLog, first, name, sleeping);
	}

	/**
	 * Starts the next instance with default settings and checks that it completes the update
	 * promptly, without waiting for a lock, every changeset applied exactly once.
	 * @param apps the test's processes and databases
	 * @param what what interrupted the update, for the test's output
	 * @throws Exception when the database cannot be read
	 */
	void assertNextStartCompletesPromptly(SampleApps apps, String what) throws Exception {
		System.err.println(what + " on " + this.server + " after " + this.database.appliedChangeSets() + " of "
				+ CHANGE_SETS + " changesets");
		SampleAppProcess next = apps.start(this.name + "-" + this.server.id() + "-next",
				"--spring.datasource.url=" + this.database.url(), ChangeLogs.changeLog(this.changeLog));
		next.awaitStarted(PROMPTLY);
		System.err.println("The next instance on " + this.server + " started after " + next.elapsed().toMillis()
				+ " ms");
		assertThat(next.output()).doesNotContain("Waiting up to");
		List<String> all = IntStream.rangeClosed(1, CHANGE_SETS).mapToObj((i) -> ChangeLogs.table("k", i)).toList();
		List<String> applied = this.database.changeLog("id");
		assertThat(new HashSet<>(applied)).hasSameSizeAs(applied);
		assertThat(applied).isEqualTo(all);
		assertThat(new HashSet<>(this.database.tables("k"))).isEqualTo(new HashSet<>(all));
		assertThat(this.database.hasLockTable()).isFalse();
	}

}
