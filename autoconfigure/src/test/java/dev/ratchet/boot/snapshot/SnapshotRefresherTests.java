package dev.ratchet.boot.snapshot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.RecordedRuns;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.snapshot.SnapshotRefresher;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import dev.ratchet.state.RunOutcome;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SnapshotRefresher}.
 */
class SnapshotRefresherTests {

	private final CountDownLatch release = new CountDownLatch(1);

	private final MigrationRuns runs = new MigrationRuns();

	private final MigrationSnapshots snapshots = new MigrationSnapshots(this.runs, Clock.systemUTC());

	private final SnapshotReader reader = new SnapshotReader(this::slowBeans, this.runs, null, Clock.systemUTC(),
			List::of, List::of, (schema) -> {
			});

	@Test
	void takesTheFirstSnapshotOffTheStartupThreadAndReadersWaitForItNoLongerThanARequestsBudget() {
		SnapshotRefresher refresher = new SnapshotRefresher(this.reader, this.snapshots, Duration.ZERO, false);
		RecordedRuns.record(this.runs, "liquibase", new LastRun(Instant.now(), 10, RunOutcome.SUCCESS, 1, null, null, 0));
		refresher.start();
		try {
			long started = System.nanoTime();
			Map<String, MigrationState> pending = this.snapshots.current();
			Duration waited = Duration.ofNanos(System.nanoTime() - started);
			assertThat(waited).isGreaterThanOrEqualTo(MigrationSnapshots.READ_BUDGET.minusMillis(50))
				.isLessThan(MigrationSnapshots.READ_BUDGET.plusSeconds(2));
			assertThat(this.snapshots.taken()).isFalse();
			assertThat(pending).containsOnlyKeys("liquibase");
			assertThat(pending.get("liquibase").status()).isEqualTo(MigrationStatus.UNKNOWN);
			assertThat(pending.get("liquibase").error()).isEqualTo(MigrationSnapshots.FIRST_SNAPSHOT_PENDING);
			assertThat(pending.get("liquibase").lastRun().outcome()).isEqualTo(RunOutcome.SUCCESS);
			this.release.countDown();
			awaitTaken();
			assertThat(this.snapshots.current()).isEmpty();
		}
		finally {
			this.release.countDown();
			refresher.stop();
		}
	}

	@Test
	void aRefreshThatThrowsAnErrorIsLoggedShownAsTheStateAndTheNextRefreshStillRuns() throws Exception {
		RecordedRuns.record(this.runs, "liquibase", new LastRun(Instant.now(), 10, RunOutcome.SUCCESS, 1, null, null, 0));
		AtomicInteger reads = new AtomicInteger();
		SnapshotReader failingOnce = new SnapshotReader(() -> {
			if (reads.incrementAndGet() == 2) {
				throw new NoClassDefFoundError("org/example/Gone");
			}
			return Map.of();
		}, this.runs, null, Clock.systemUTC(), List::of, List::of, (schema) -> {
		});
		SnapshotRefresher refresher = new SnapshotRefresher(failingOnce, this.snapshots, Duration.ofMillis(50), false);
		refresher.start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (reads.get() < 4 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(reads).as("refreshes after the failed one").hasValueGreaterThanOrEqualTo(4);
		}
		finally {
			refresher.stop();
		}
		SnapshotRefresher direct = new SnapshotRefresher(this.reader, this.snapshots, Duration.ofMinutes(5), false);
		direct.surviving(() -> {
			throw new StackOverflowError();
		});
		MigrationState failed = this.snapshots.latest().get("liquibase");
		assertThat(failed.status()).isEqualTo(MigrationStatus.UNKNOWN);
		assertThat(failed.error()).startsWith("The migration state refresh failed with java.lang.StackOverflowError")
			.endsWith("the next refresh runs as scheduled (in PT5M)");
		assertThat(failed.lastRun().outcome()).isEqualTo(RunOutcome.SUCCESS);
	}

	@Test
	void whatWaitsForTheFirstSnapshotRunsOnceItIsTaken() {
		SnapshotRefresher refresher = new SnapshotRefresher(this.reader, this.snapshots, Duration.ZERO, false);
		refresher.start();
		try {
			AtomicInteger runs = new AtomicInteger();
			this.snapshots.whenTaken(runs::incrementAndGet);
			assertThat(runs).hasValue(0);
			this.release.countDown();
			awaitTaken();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (runs.get() == 0 && System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			assertThat(runs).hasValue(1);
			this.snapshots.whenTaken(runs::incrementAndGet);
			assertThat(runs).hasValue(2);
		}
		finally {
			this.release.countDown();
			refresher.stop();
		}
	}

	private void awaitTaken() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!this.snapshots.taken() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(this.snapshots.taken()).isTrue();
	}

	@Test
	void takesTheFirstSnapshotOnTheStartupThreadWhenDriftMayFailStartup() {
		this.release.countDown();
		SnapshotRefresher refresher = new SnapshotRefresher(this.reader, this.snapshots, Duration.ZERO, true);
		refresher.start();
		try {
			assertThat(this.snapshots.current()).isEmpty();
		}
		finally {
			refresher.stop();
		}
	}

	@Test
	void stoppingReleasesReadersOfAFirstSnapshotThatWillNotCome() throws Exception {
		SnapshotRefresher refresher = new SnapshotRefresher(this.reader, this.snapshots, Duration.ZERO, false);
		refresher.start();
		refresher.stop();
		Thread reader = new Thread(this.snapshots::current);
		reader.start();
		reader.join(TimeUnit.SECONDS.toMillis(10));
		assertThat(reader.isAlive()).isFalse();
		this.release.countDown();
	}

	private Map<String, SpringLiquibase> slowBeans() {
		try {
			this.release.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return Map.of();
	}

}
