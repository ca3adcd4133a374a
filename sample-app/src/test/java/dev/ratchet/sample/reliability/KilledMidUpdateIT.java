package dev.ratchet.sample.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In {@code table} mode, as before session locks: an instance killed with SIGKILL in the
 * middle of an update leaves the changelog lock held and no changeset half-applied: the
 * next instance refuses to start, naming the holder, a verify-only instance reports the lock
 * as stale, and an instance allowed to release stale locks completes the update with every
 * changeset applied exactly once.
 */
class KilledMidUpdateIT {

	private static final int CHANGE_SETS = 60;

	@RegisterExtension
	final SampleApps apps = new SampleApps();

	@ParameterizedTest(name = "on {0}")
	@EnumSource
	void inTableModeALockLeftByAKilledInstanceStopsTheNextOneUntilItIsReleasedAsStale(TestServer server) throws Exception {
		TestDatabase database = this.apps.createDatabase(server);
		Path changeLog = ChangeLogs.createTables("killed", server, "k", CHANGE_SETS, 0.2);
		String url = "--spring.datasource.url=" + database.url();
		String table = "--ratchet.lock.mode=table";
		String name = "killed-" + server.id();
		SampleAppProcess first = this.apps.start(name + "-first", url, table, ChangeLogs.changeLog(changeLog));
		first.await(Duration.ofMinutes(2), () -> database.appliedChangeSets() >= 5, "halfway through the update");
		database.awaitSleepingSession(Duration.ofSeconds(30));
		first.kill();
		int applied = database.appliedChangeSets();
		System.err.println("Killed the first instance on " + server + " after " + applied + " of " + CHANGE_SETS
				+ " changesets");
		assertThat(applied).isBetween(5, CHANGE_SETS - 1);
		assertAppliedExactlyWhatExists(database);
		assertThat(database.locked()).containsExactly(true);
		String holder = database.lockedBy();

		SampleAppProcess waiting = this.apps.start(name + "-lock-wait", url, table, ChangeLogs.changeLog(changeLog),
				"--ratchet.migration.lock-wait=2s");
		SampleAppProcess verifyOnly = this.apps.start(name + "-verify-only", url, ChangeLogs.changeLog(changeLog),
				"--ratchet.migration.enabled=false", "--ratchet.lock.stale-after=1s");
		assertThat(waiting.awaitExit(Duration.ofMinutes(2))).as(waiting.output()).isNotZero();
		System.err.println("The instance waiting 2s for the lock exited after " + waiting.elapsed().toMillis() + " ms");
		assertThat(waiting.output()).contains("Could not acquire change log lock", holder);
		verifyOnly.awaitStarted(Duration.ofMinutes(2));
		String migrations = verifyOnly.get("/actuator/migrations");
		assertThat((Boolean) JsonPath.read(migrations, "$.liquibaseBeans.liquibase.lock.locked")).isTrue();
		assertThat((String) JsonPath.read(migrations, "$.liquibaseBeans.liquibase.lock.lockedBy")).isEqualTo(holder);
		assertThat((Boolean) JsonPath.read(migrations, "$.liquibaseBeans.liquibase.lock.stale")).isTrue();
		assertThat((Integer) JsonPath.read(migrations, "$.liquibaseBeans.liquibase.summary.pending"))
			.isEqualTo(CHANGE_SETS - applied);
		verifyOnly.close();
		assertThat(database.appliedChangeSets()).isEqualTo(applied);

		SampleAppProcess releasing = this.apps.start(name + "-release-stale", url, table, ChangeLogs.changeLog(changeLog),
				"--ratchet.lock.release-stale=true", "--ratchet.lock.stale-after=1s");
		releasing.awaitStarted(Duration.ofMinutes(2));
		assertThat(releasing.output()).contains("Releasing the Liquibase changelog lock held by " + holder);
		List<String> all = IntStream.rangeClosed(1, CHANGE_SETS).mapToObj((i) -> ChangeLogs.table("k", i)).toList();
		assertThat(database.changeLog("id")).isEqualTo(all);
		assertThat(database.tables("k")).isEqualTo(all);
		assertThat(database.locked()).containsExactly(false);
	}

	private void assertAppliedExactlyWhatExists(TestDatabase database) throws Exception {
		List<String> applied = database.changeLog("id");
		assertThat(new HashSet<>(applied)).hasSameSizeAs(applied);
		Set<String> tables = new HashSet<>(database.tables("k"));
		assertThat(tables).isEqualTo(new HashSet<>(applied));
	}

}
