package dev.ratchet.sample.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances of the application booting at the same moment against one database
 * with many pending changesets: one migrates, the others wait for the changelog lock, and
 * every changeset is applied exactly once.
 */
class ConcurrentStartupIT {

	private static final int CHANGE_SETS = 200;

	private static final int INSTANCES = 4;

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
	void fourInstancesStartingTogetherApplyEveryChangesetExactlyOnce() throws Exception {
		Path changeLog = ChangeLogs.createTables("concurrent", "t", CHANGE_SETS, 0.01);
		List<SampleAppProcess> instances = new ArrayList<>();
		for (int i = 1; i <= INSTANCES; i++) {
			instances.add(this.apps.start("concurrent-" + i, "--spring.datasource.url=" + this.database.url(),
					ChangeLogs.changeLog(changeLog)));
		}
		for (SampleAppProcess instance : instances) {
			instance.awaitStarted(Duration.ofMinutes(3));
		}
		System.err.println("Four instances started, the last after " + instances.stream()
			.map(SampleAppProcess::elapsed)
			.max(Duration::compareTo)
			.orElseThrow()
			.toMillis() + " ms");
		for (SampleAppProcess instance : instances) {
			assertThat(instance.get("/actuator/health/migrations")).contains("\"status\":\"UP\"");
		}
		List<String> expected = IntStream.rangeClosed(1, CHANGE_SETS)
			.mapToObj((i) -> ChangeLogs.table("t", i))
			.toList();
		assertThat(this.database.query("select id from databasechangelog order by id")).isEqualTo(expected);
		assertThat(this.database.tables("t")).isEqualTo(expected);
		assertThat(this.database.query("select locked::text from databasechangeloglock")).containsExactly("false");
	}

}
