package dev.ratchet.sample.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance killed with SIGKILL in the middle of an update leaves the changelog lock
 * held: the next instance refuses to start, naming the holder, a verify-only instance
 * reports the lock as stale, and an instance allowed to release stale locks completes the
 * update with every changeset applied exactly once.
 */
class KilledMidUpdateIT {

	private static final int CHANGE_SETS = 60;

	@RegisterExtension
	final SampleApps apps = new SampleApps();

	private PostgresServer database;

	@BeforeEach
	void createDatabase() {
		this.database = PostgresServer.createDatabase();
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aLockLeftByAKilledInstanceStopsTheNextOneUntilItIsReleasedAsStale() throws Exception {
		Path changeLog = ChangeLogs.createTables("killed", "k", CHANGE_SETS, 0.2);
		String url = "--spring.datasource.url=" + this.database.url();
		SampleAppProcess first = this.apps.start("killed-first", url, ChangeLogs.changeLog(changeLog));
		first.await(Duration.ofMinutes(2), () -> this.database.appliedChangeSets() >= 5, "halfway through the update");
		first.kill();
		int applied = this.database.appliedChangeSets();
		System.err.println("Killed the first instance after " + applied + " of " + CHANGE_SETS + " changesets");
		assertThat(applied).isBetween(5, CHANGE_SETS - 1);
		assertAppliedExactlyWhatExists();
		assertThat(this.database.query("select locked::text from databasechangeloglock")).containsExactly("true");
		String holder = this.database.query("select lockedby from databasechangeloglock").get(0);

		SampleAppProcess waiting = this.apps.start("killed-lock-wait", url, ChangeLogs.changeLog(changeLog),
				"--ratchet.migration.lock-wait=2s");
		SampleAppProcess verifyOnly = this.apps.start("killed-verify-only", url, ChangeLogs.changeLog(changeLog),
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
		assertThat(this.database.appliedChangeSets()).isEqualTo(applied);

		SampleAppProcess releasing = this.apps.start("killed-release-stale", url, ChangeLogs.changeLog(changeLog),
				"--ratchet.lock.release-stale=true", "--ratchet.lock.stale-after=1s");
		releasing.awaitStarted(Duration.ofMinutes(2));
		assertThat(releasing.output()).contains("Releasing the Liquibase changelog lock held by " + holder);
		List<String> all = IntStream.rangeClosed(1, CHANGE_SETS).mapToObj((i) -> ChangeLogs.table("k", i)).toList();
		assertThat(this.database.query("select id from databasechangelog order by id")).isEqualTo(all);
		assertThat(this.database.tables("k")).isEqualTo(all);
		assertThat(this.database.query("select locked::text from databasechangeloglock")).containsExactly("false");
	}

	private void assertAppliedExactlyWhatExists() throws Exception {
		List<String> applied = this.database.query("select id from databasechangelog order by id");
		assertThat(new HashSet<>(applied)).hasSameSizeAs(applied);
		Set<String> tables = new HashSet<>(this.database.tables("k"));
		assertThat(tables).isEqualTo(new HashSet<>(applied));
	}

}
