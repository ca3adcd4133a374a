package dev.ratchet.boot.liquibase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

import dev.ratchet.boot.metrics.MigrationUpdateMetrics;
import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.RunOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Online safety at boot, on real PostgreSQL and MariaDB databases: a statement that locks
 * a table while it scans, rewrites or indexes it is blocked on a table at or above
 * {@code ratchet.online.large-table-rows} and runs on a smaller one; its online form runs on
 * any table; the migration session waits for a lock no longer than
 * {@code ratchet.online.lock-timeout}, and an update that waited too long is retried.
 * <p>
 * Every case is a changelog {@code db/online/<case>.yaml} run on {@code customer} and
 * {@code orders}, created and filled before the start (so not created in this run).
 */
@ParameterizedClass
@EnumSource(names = { "POSTGRESQL", "MARIADB" })
class OnlineSafetyIntegrationTests {

	private static final int LARGE = 2_000;

	private static final int SMALL = 10;

	private static final String THRESHOLD = "ratchet.online.large-table-rows=1000";

	@Parameter
	Engine engine;

	private SqlDatabase database;

	private ApplicationContextRunner runner;

	static Stream<Case> lockingCases() {
		return Stream.of(
				Case.of("index-typed").blocksOnPostgres("blocking-index").runsOnMariaDb(),
				Case.of("index-sql").blocksOnPostgres("blocking-index").runsOnMariaDb(),
				Case.of("unique-index-sql").blocksOnPostgres("blocking-index").runsOnMariaDb(),
				Case.of("drop-index-typed").blocksOnPostgres("blocking-index"),
				Case.of("drop-index-sql").blocksOnPostgres("blocking-index"),
				Case.of("foreign-key-typed").blocks("validating-constraint"),
				Case.of("foreign-key-sql").blocks("validating-constraint"),
				Case.of("check-sql").blocksOnPostgres("validating-constraint"),
				Case.of("unique-constraint-typed").blocksOnPostgres("validating-constraint").runsOnMariaDb(),
				Case.of("type-rewrite-typed").blocks("table-rewrite"),
				Case.of("type-rewrite-sql").blocks("table-rewrite"),
				Case.of("varchar-widened-typed").blocksOnMariaDb("table-rewrite"),
				Case.of("volatile-default-sql").blocksOnPostgres("table-rewrite"),
				Case.of("volatile-default-typed").blocksOnPostgres("table-rewrite"),
				Case.of("identity-column-sql").blocksOnPostgres("table-rewrite"),
				Case.of("serial-column-typed").blocksOnPostgres("table-rewrite"),
				Case.of("stored-generated-sql").blocksOnPostgres("table-rewrite"),
				Case.of("vacuum-full").blocksOnPostgres("exclusive-maintenance"),
				Case.of("cluster").blocksOnPostgres("exclusive-maintenance"),
				Case.of("reindex-table").blocksOnPostgres("exclusive-maintenance"),
				Case.of("lock-table").blocksOnPostgres("exclusive-maintenance"));
	}

	static Stream<Case> onlineCases() {
		return Stream.of(Case.of("index-concurrently").runsOnPostgres(),
				Case.of("drop-index-concurrently").runsOnPostgres(), Case.of("reindex-concurrently").runsOnPostgres(),
				Case.of("foreign-key-not-valid-then-validate").runsOnPostgres(),
				Case.of("check-not-valid-then-validate").runsOnPostgres(),
				Case.of("unique-using-index").runsOnPostgres(),
				Case.of("not-null-after-validated-check").runsOnPostgres(),
				Case.of("varchar-widened-typed").runsOnPostgres(), Case.of("varchar-widened-sql").runsOnPostgres(),
				Case.of("varchar-to-text-sql").runsOnPostgres(), Case.of("numeric-widened-sql").runsOnPostgres(),
				Case.of("stable-default-sql").runsOnPostgres(), Case.of("varchar-widened-a-little-typed").runs(),
				Case.of("constant-default-sql").runs(), Case.of("constant-default-typed").runs());
	}

	static Stream<Case> allCases() {
		return Stream.concat(lockingCases(), onlineCases());
	}

	@BeforeEach
	void createDatabase() throws SQLException {
		this.database = this.engine.create();
		this.database.execute("create table customer (id bigint primary key, name varchar(50))",
				"create table orders (id bigint primary key, customer_id bigint, status varchar(50), qty int, "
						+ "amount numeric(10,2))",
				"create index orders_qty_idx on orders (qty)");
		this.runner = MigrationApps.on(this.database);
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Tag("case-matrix")
	@ParameterizedTest(name = "{0}")
	@MethodSource("allCases")
	void onATableAboveTheThresholdALockingStatementIsBlockedAndItsOnlineFormRuns(Case online) throws SQLException {
		String rule = online.expected(this.engine);
		assumeTrue(rule != null, () -> online.name() + " is not a case on " + this.engine);
		fill(LARGE);
		ApplicationContextRunner start = this.runner.withPropertyValues(THRESHOLD, online.changeLog());
		if (rule.equals(Case.RUNS)) {
			start.run((context) -> assertThat(context).as(online.name()).hasNotFailed());
			assertThat(ran(online)).as(online.name()).isPositive();
			return;
		}
		start.run((context) -> assertThat(context.getStartupFailure()).as(online.name())
			.rootCause()
			.isInstanceOf(MigrationBlockedException.class)
			.hasMessageContaining("[" + rule + "]")
			.hasMessageContaining("(about 2,000 rows; blocks from 1,000, ratchet.online.large-table-rows)"));
		assertThat(ran(online)).as(online.name()).isZero();
	}

	@Tag("case-matrix")
	@ParameterizedTest(name = "{0}")
	@MethodSource("lockingCases")
	void onATableBelowTheThresholdTheSameStatementRuns(Case locking) throws SQLException {
		String rule = locking.expected(this.engine);
		assumeTrue(rule != null && !rule.equals(Case.RUNS), () -> locking.name() + " blocks nothing on " + this.engine);
		fill(SMALL);
		this.runner.withPropertyValues(THRESHOLD, locking.changeLog())
			.run((context) -> assertThat(context).as(locking.name()).hasNotFailed());
		assertThat(ran(locking)).as(locking.name()).isPositive();
	}

	@Test
	void concurrentIndexInATransactionIsBlockedWhateverTheSize() throws SQLException {
		assumeTrue(this.engine == Engine.POSTGRESQL, "CONCURRENTLY is PostgreSQL's");
		fill(SMALL);
		this.runner.withPropertyValues(THRESHOLD, "spring.liquibase.change-log=classpath:db/online/"
				+ "index-concurrently-in-transaction.yaml")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(MigrationBlockedException.class)
				.hasMessageContaining("[concurrent-index-in-transaction]"));
	}

	@Test
	void withTheDefaultThresholdABlockingIndexIsRefusedOn200000RowsAndRunsOn10() throws SQLException {
		assumeTrue(this.engine == Engine.POSTGRESQL, "CREATE INDEX locks writes on PostgreSQL only");
		Case index = Case.of("index-sql");
		fill(200_000);
		this.runner.withPropertyValues(index.changeLog())
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(MigrationBlockedException.class)
				.hasMessageContaining("[blocking-index]")
				.hasMessageContaining("(about 200,000 rows; blocks from 100,000"));
		this.database.execute("delete from orders where id > 10", "vacuum analyze orders");
		this.runner.withPropertyValues(index.changeLog())
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(ran(index)).isOne();
	}

	@Test
	void aStartBehindALockThatIsNeverReleasedFailsAfterItsRetriesInsteadOfWaiting() throws Exception {
		fill(SMALL);
		try (Connection holder = holdLockOnOrders()) {
			long started = System.nanoTime();
			this.runner.withPropertyValues("ratchet.online.lock-timeout=1s", "ratchet.online.lock-retries=2",
					Case.of("add-column").changeLog())
				.run((context) -> {
					assertThat(context).hasFailed();
					assertThat(updateFailure(context.getStartupFailure())).satisfies(
							(failure) -> {
								assertThat(failure.isLockTimeout()).isTrue();
								assertThat(failure.getFailedChangeSet()).isEqualTo("db/online/add-column.yaml::add-column::ana");
								assertThat(failure.getError()).contains("waited longer than ratchet.online.lock-timeout "
										+ "(PT1S) for a lock 3 times (ratchet.online.lock-retries=2)");
							});
				});
			// three waits of 1s, backoffs of 1s and 2s, and two starts of the context
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		}
		assertThat(columns("orders")).doesNotContain("note");
	}

	@Test
	void aFailedStartBehindALockIsShownInLastRunAndCounted() throws Exception {
		fill(SMALL);
		try (Connection holder = holdLockOnOrders()) {
			this.runner.withPropertyValues("ratchet.online.lock-timeout=1s", "ratchet.online.lock-retries=1",
					"ratchet.migration.on-failure=continue", Case.of("add-column").changeLog())
				.run((context) -> {
					assertThat(context).hasNotFailed();
					LastRun run = context.getBean(MigrationRuns.class).lastRun("liquibase").orElseThrow();
					assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
					assertThat(run.lockTimeouts()).isEqualTo(2);
					SimpleMeterRegistry registry = new SimpleMeterRegistry();
					new MigrationUpdateMetrics(context.getBean(MigrationRuns.class)).bindTo(registry);
					assertThat(registry.get("migrations.lock.timeouts").tag("bean", "liquibase").counter().count())
						.isEqualTo(2);
				});
		}
	}

	@Test
	void aStartWhoseLockIsReleasedBetweenRetriesSucceeds() throws Exception {
		fill(SMALL);
		Connection holder = holdLockOnOrders();
		CountDownLatch released = new CountDownLatch(1);
		CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
			try (holder) {
				Thread.sleep(1_500);
				holder.rollback();
				released.countDown();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		this.runner.withPropertyValues("ratchet.online.lock-timeout=1s", "ratchet.online.lock-retries=3",
				Case.of("add-column").changeLog())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				LastRun run = context.getBean(MigrationRuns.class).lastRun("liquibase").orElseThrow();
				assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCESS);
				assertThat(run.ran()).isOne();
				assertThat(run.lockTimeouts()).isBetween(1, 3);
			});
		release.get(10, TimeUnit.SECONDS);
		assertThat(released.getCount()).isZero();
		assertThat(columns("orders")).contains("note");
	}

	@Test
	void aChangesetThatLeftDdlBehindIsNotRetried() throws Exception {
		fill(SMALL);
		try (Connection holder = holdLockOnOrders()) {
			this.runner.withPropertyValues("ratchet.online.lock-timeout=1s", "ratchet.online.lock-retries=3",
					"ratchet.migration.on-failure=continue", Case.of("add-columns-outside-transaction").changeLog())
				.run((context) -> {
					LastRun run = context.getBean(MigrationRuns.class).lastRun("liquibase").orElseThrow();
					assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
					assertThat(run.lockTimeouts()).isOne();
				});
		}
		assertThat(columns("customer")).contains("nickname");
		assertThat(columns("orders")).doesNotContain("note");
	}

	@Test
	void aStatementTimeoutStopsALongStatementAndIsNotRetried() throws Exception {
		fill(SMALL);
		this.runner.withPropertyValues("ratchet.online.statement-timeout=500ms", "ratchet.online.lock-retries=3",
				"ratchet.migration.on-failure=continue", Case.of("sleep").changeLog())
			.run((context) -> {
				LastRun run = context.getBean(MigrationRuns.class).lastRun("liquibase").orElseThrow();
				assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
				assertThat(run.lockTimeouts()).isZero();
				assertThat(run.durationMs()).isLessThan(3_000);
			});
	}

	@Test
	void theApplicationsConnectionsKeepTheirOwnTimeouts() throws SQLException {
		fill(SMALL);
		String lockTimeout = this.engine.sql("show lock_timeout", "select @@session.lock_wait_timeout");
		String before = this.database.query(lockTimeout).get(0);
		this.runner.withPropertyValues("ratchet.online.lock-timeout=2s", "spring.datasource.hikari.maximum-pool-size=1",
				Case.of("add-column").changeLog())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				try (Connection connection = context.getBean(DataSource.class).getConnection();
						Statement statement = connection.createStatement();
						ResultSet result = statement.executeQuery(lockTimeout)) {
					result.next();
					assertThat(result.getString(1)).isEqualTo(before);
				}
			});
		assertThat(columns("orders")).contains("note");
	}

	private static UpdateFailedException updateFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UpdateFailedException updateFailed) {
				return updateFailed;
			}
		}
		throw new AssertionError("No UpdateFailedException in " + failure, failure);
	}

	private void fill(int rows) throws SQLException {
		String numbers = this.engine.sql("generate_series(1, " + rows + ") n", "seq_1_to_" + rows + " s");
		String n = this.engine.sql("n", "s.seq");
		this.database.execute("insert into customer (id, name) select " + n + ", 'c' from " + numbers,
				"insert into orders (id, customer_id, status, qty, amount) select " + n + ", " + n + ", 'new', 1, 9.99 "
						+ "from " + numbers,
				this.engine.sql("analyze customer, orders", "analyze table customer, orders"));
	}

	private Connection holdLockOnOrders() throws SQLException {
		Connection holder = this.database.connect();
		holder.setAutoCommit(false);
		try (Statement statement = holder.createStatement()) {
			statement.executeQuery("select count(*) from orders").close();
		}
		return holder;
	}

	private int ran(Case online) throws SQLException {
		if (this.database.query("select count(*) from information_schema.tables where table_schema = "
				+ this.engine.currentSchema() + " and lower(table_name) = 'databasechangelog'").get(0).equals("0")) {
			return 0;
		}
		return Integer.parseInt(this.database.query("select count(*) from DATABASECHANGELOG where filename = '"
				+ online.file() + "'").get(0));
	}

	private List<String> columns(String table) throws SQLException {
		return this.database.query("select column_name from information_schema.columns where table_schema = "
				+ this.engine.currentSchema() + " and table_name = '" + table + "'");
	}

	/**
	 * A changelog in {@code db/online} and what it does on each database: blocked for a
	 * rule, runs, or {@code null} when it is not a case there.
	 *
	 * @param name the changelog's name, without extension
	 * @param postgres the rule it is blocked for on PostgreSQL, {@link #RUNS}, or {@code null}
	 * @param mariaDb the same on MariaDB
	 */
	record Case(String name, String postgres, String mariaDb) {

		static final String RUNS = "runs";

		static Case of(String name) {
			return new Case(name, null, null);
		}

		Case blocks(String rule) {
			return new Case(this.name, rule, rule);
		}

		Case blocksOnPostgres(String rule) {
			return new Case(this.name, rule, this.mariaDb);
		}

		Case blocksOnMariaDb(String rule) {
			return new Case(this.name, this.postgres, rule);
		}

		Case runs() {
			return new Case(this.name, RUNS, RUNS);
		}

		Case runsOnPostgres() {
			return new Case(this.name, RUNS, this.mariaDb);
		}

		Case runsOnMariaDb() {
			return new Case(this.name, this.postgres, RUNS);
		}

		String expected(Engine engine) {
			return (engine == Engine.POSTGRESQL) ? this.postgres : this.mariaDb;
		}

		String file() {
			return "db/online/" + this.name + ".yaml";
		}

		String changeLog() {
			return "spring.liquibase.change-log=classpath:" + file();
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
