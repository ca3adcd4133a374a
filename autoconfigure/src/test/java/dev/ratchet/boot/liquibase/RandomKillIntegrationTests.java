package dev.ratchet.boot.liquibase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates of many small changesets whose session is ended at a random moment, as a failover or
 * a network cut ends it, and the start after each. On PostgreSQL no kill leaves a changeset
 * applied but unrecorded, and the next start with default settings completes the update, each
 * changeset recorded exactly once; plain Liquibase under the same kills is measured for
 * comparison. On MariaDB, whose DDL commits as it runs, the next start either completes or
 * stops naming the changeset that was applied but not recorded, and {@code mark-ran} lets
 * the one after it complete.
 */
class RandomKillIntegrationTests {

	private static final int CHANGE_SETS = 120;

	private static final int TRIALS = Integer.getInteger("ratchet.kills", 12);

	private static final Map<Engine, Long> updateNanos = new EnumMap<>(Engine.class);

	@TempDir
	static Path directory;

	@Test
	void onPostgresqlNoKillLeavesAChangesetAppliedButUnrecordedAndTheNextStartCompletes() throws Exception {
		Path changeLog = changeLog();
		int killed = 0;
		for (int trial = 1; trial <= TRIALS; trial++) {
			try (SqlDatabase database = Engine.POSTGRESQL.create()) {
				if (!killMidUpdate(database, Engine.POSTGRESQL, changeLog)) {
					continue;
				}
				killed++;
				assertThat(unrecorded(database, Engine.POSTGRESQL)).as("applied but unrecorded after kill %d", trial)
					.isEmpty();
				start(database, changeLog).run((context) -> assertThat(context).hasNotFailed());
				assertCompleted(database, Engine.POSTGRESQL);
			}
		}
		System.err.println("PostgreSQL with Ratchet: " + killed + " updates killed at a random moment, 0 changesets "
				+ "applied but unrecorded, every next start completed");
		assertThat(killed).as("updates killed before they finished").isGreaterThanOrEqualTo(TRIALS / 2);
	}

	@Test
	void plainLiquibaseUnderTheSameKillsLeavesChangesetsAppliedButUnrecorded() throws Exception {
		Path changeLog = changeLog();
		int killed = 0;
		int unrecorded = 0;
		for (int trial = 1; trial <= TRIALS; trial++) {
			try (SqlDatabase database = Engine.POSTGRESQL.create()) {
				if (!killMidUpdate(database, Engine.POSTGRESQL, changeLog, "ratchet.enabled=false")) {
					continue;
				}
				killed++;
				unrecorded += unrecorded(database, Engine.POSTGRESQL).size();
			}
		}
		System.err.println("PostgreSQL with plain Liquibase: " + killed + " updates killed at a random moment, "
				+ unrecorded + " left a changeset applied but unrecorded");
		assertThat(killed).as("updates killed before they finished").isGreaterThanOrEqualTo(TRIALS / 2);
	}

	@Test
	void onMariaDbTheNextStartCompletesOrNamesTheChangesetAppliedButNotRecorded() throws Exception {
		Path changeLog = changeLog();
		int killed = 0;
		int named = 0;
		for (int trial = 1; trial <= TRIALS / 2; trial++) {
			try (SqlDatabase database = Engine.MARIADB.create()) {
				if (!killMidUpdate(database, Engine.MARIADB, changeLog)) {
					continue;
				}
				killed++;
				Set<String> unrecorded = unrecorded(database, Engine.MARIADB);
				AtomicReference<Throwable> failure = new AtomicReference<>();
				start(database, changeLog).run((context) -> failure.set(context.getStartupFailure()));
				if (unrecorded.isEmpty()) {
					assertThat(failure.get()).as("the start after a kill that left nothing unrecorded").isNull();
				}
				else {
					named++;
					UpdateFailedException failed = updateFailure(failure.get());
					RanBefore ranBefore = failed.getRanBefore();
					String table = unrecorded.iterator().next();
					assertThat(ranBefore).as(failed.getMessage()).isNotNull();
					assertThat(failed.getFailedChangeSet()).endsWith("::" + table + "::it");
					assertThat(failed.getMessage()).contains("ratchet.migration.mark-ran=" + failed.getFailedChangeSet());
					if (ranBefore.appliedInFull()) {
						start(database, changeLog, "ratchet.migration.mark-ran=" + failed.getFailedChangeSet())
							.run((context) -> assertThat(context).hasNotFailed());
					}
					else {
						assertThat(ranBefore.missing()).containsExactly("index " + table + "_note");
						database.execute("drop table " + table);
						start(database, changeLog).run((context) -> assertThat(context).hasNotFailed());
					}
				}
				assertCompleted(database, Engine.MARIADB);
			}
		}
		System.err.println("MariaDB with Ratchet: " + killed + " updates killed at a random moment, " + named
				+ " next starts named a changeset applied but not recorded, the others completed");
	}

	/**
	 * Starts an update and, once it records its first changeset, ends its sessions at a moment
	 * drawn uniformly from how long a whole update of the changelog takes on the engine.
	 * @return whether the update was killed before it finished
	 */
	private static boolean killMidUpdate(SqlDatabase database, Engine engine, Path changeLog, String... properties)
			throws Exception {
		long delay = ThreadLocalRandom.current().nextLong(updateNanos(engine, changeLog));
		CompletableFuture<Throwable> update = update(database, changeLog, properties);
		try (Connection watcher = database.connect()) {
			while (!update.isDone() && recordedCount(watcher) < 1) {
				Thread.sleep(1);
			}
			long until = System.nanoTime() + delay;
			while (System.nanoTime() < until && !update.isDone()) {
				Thread.onSpinWait();
			}
			if (update.isDone()) {
				return false;
			}
			terminateOthers(watcher, engine);
		}
		return update.get(2, TimeUnit.MINUTES) != null;
	}

	/**
	 * Measures, once per engine, how long an update of the changelog runs from its first
	 * recorded changeset to its end.
	 */
	private static long updateNanos(Engine engine, Path changeLog) throws Exception {
		Long measured = updateNanos.get(engine);
		if (measured == null) {
			try (SqlDatabase database = engine.create(); Connection watcher = database.connect()) {
				CompletableFuture<Throwable> update = update(database, changeLog);
				while (!update.isDone() && recordedCount(watcher) < 1) {
					Thread.sleep(1);
				}
				long start = System.nanoTime();
				assertThat(update.get(2, TimeUnit.MINUTES)).isNull();
				measured = System.nanoTime() - start;
				updateNanos.put(engine, measured);
			}
		}
		return measured;
	}

	private static CompletableFuture<Throwable> update(SqlDatabase database, Path changeLog, String... properties) {
		return CompletableFuture.supplyAsync(() -> {
			AtomicReference<Throwable> failure = new AtomicReference<>();
			start(database, changeLog, properties).run((context) -> failure.set(context.getStartupFailure()));
			return failure.get();
		});
	}

	private static ApplicationContextRunner start(SqlDatabase database, Path changeLog, String... properties) {
		return MigrationApps.on(database)
			.withPropertyValues("spring.liquibase.change-log=file:" + changeLog)
			.withPropertyValues(properties);
	}

	private static int recordedCount(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from DATABASECHANGELOG")) {
			result.next();
			return result.getInt(1);
		}
		catch (SQLException ex) {
			return 0;
		}
	}

	private static void terminateOthers(Connection connection, Engine engine) throws SQLException {
		List<String> sessions = new ArrayList<>();
		String query = engine.sql(
				"select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
				"select id from information_schema.processlist where db = database() and id <> connection_id()");
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			while (result.next()) {
				sessions.add(result.getString(1));
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String session : sessions) {
				try {
					statement.execute(engine.sql("select pg_terminate_backend(" + session + ")", "kill " + session));
				}
				catch (SQLException ex) {
					// the session ended on its own
				}
			}
		}
	}

	/**
	 * Returns the changesets whose table exists but that DATABASECHANGELOG does not record.
	 */
	private static Set<String> unrecorded(SqlDatabase database, Engine engine) throws SQLException {
		Set<String> tables = new HashSet<>(tables(database, engine));
		List<String> recorded = recorded(database);
		assertThat(tables).as("tables of recorded changesets").containsAll(recorded);
		tables.removeAll(recorded);
		return tables;
	}

	private static void assertCompleted(SqlDatabase database, Engine engine) throws SQLException {
		List<String> recorded = recorded(database);
		assertThat(new HashSet<>(recorded)).as("recorded exactly once").hasSameSizeAs(recorded);
		assertThat(recorded).hasSize(CHANGE_SETS);
		assertThat(new HashSet<>(tables(database, engine))).isEqualTo(new HashSet<>(recorded));
	}

	private static List<String> recorded(SqlDatabase database) throws SQLException {
		try {
			return database.query("select id from DATABASECHANGELOG");
		}
		catch (SQLException ex) {
			return List.of();
		}
	}

	private static List<String> tables(SqlDatabase database, Engine engine) throws SQLException {
		return database.query("select table_name from information_schema.tables where table_schema = "
				+ engine.currentSchema() + " and table_name like 'k%'");
	}

	private static UpdateFailedException updateFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UpdateFailedException updateFailed) {
				return updateFailed;
			}
		}
		throw new AssertionError("not an update failure", failure);
	}

	/**
	 * Writes a changelog of small changesets, each creating a table and an index on it.
	 */
	private static Path changeLog() throws IOException {
		Path file = directory.resolve("kills.yaml");
		if (Files.exists(file)) {
			return file;
		}
		StringBuilder yaml = new StringBuilder("databaseChangeLog:\n");
		for (int i = 1; i <= CHANGE_SETS; i++) {
			String table = "k" + String.format(Locale.ROOT, "%04d", i);
			yaml.append("  - changeSet:\n")
				.append("      id: ").append(table).append('\n')
				.append("      author: it\n")
				.append("      changes:\n")
				.append("        - createTable:\n")
				.append("            tableName: ").append(table).append('\n')
				.append("            columns:\n")
				.append("              - column: {name: id, type: bigint, constraints: {primaryKey: true}}\n")
				.append("              - column: {name: note, type: varchar(64)}\n")
				.append("        - createIndex:\n")
				.append("            tableName: ").append(table).append('\n')
				.append("            indexName: ").append(table).append("_note\n")
				.append("            columns:\n")
				.append("              - column: {name: note}\n");
		}
		return Files.writeString(file, yaml);
	}

}
