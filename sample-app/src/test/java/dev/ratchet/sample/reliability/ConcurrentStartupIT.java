package dev.ratchet.sample.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

	@ParameterizedTest(name = "on {0}")
	@EnumSource
	void fourInstancesStartingTogetherApplyEveryChangesetExactlyOnce(TestServer server) throws Exception {
		TestDatabase database = this.apps.createDatabase(server);
		createTrackingTables(database);
		Path changeLog = ChangeLogs.createTables("concurrent", server, "t", CHANGE_SETS, 0.01);
		List<SampleAppProcess> instances = new ArrayList<>();
		for (int i = 1; i <= INSTANCES; i++) {
			instances.add(this.apps.start("concurrent-" + server.id() + "-" + i,
					"--spring.datasource.url=" + database.url(), ChangeLogs.changeLog(changeLog)));
		}
		for (SampleAppProcess instance : instances) {
			instance.awaitStarted(Duration.ofMinutes(3));
		}
		System.err.println("Four instances started on " + server + ", the last after " + instances.stream()
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
		assertThat(database.changeLog("id")).isEqualTo(expected);
		assertThat(database.tables("t")).isEqualTo(expected);
		assertThat(database.locked()).containsExactly(false);
	}

	/**
	 * Creates Liquibase's tracking tables, as the first deployment did: on a database that
	 * has never seen Liquibase, instances starting together race in Liquibase's own creation
	 * of DATABASECHANGELOG, which it does before it takes the lock.
	 */
	private static void createTrackingTables(TestDatabase database) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.url())) {
			Database liquibase = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			LockServiceFactory.getInstance().getLockService(liquibase).init();
			ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(liquibase).init();
		}
	}

}
