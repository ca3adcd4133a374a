package dev.ratchet.liquibase;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SnapshotRefresher}.
 */
class SnapshotRefresherTests {

	private final CountDownLatch release = new CountDownLatch(1);

	private final MigrationSnapshots snapshots = new MigrationSnapshots(this::slowBeans, new MigrationRuns(), null,
			Clock.systemUTC(), List::of, List::of, (schema) -> {
			});

	@Test
	void takesTheFirstSnapshotOffTheStartupThreadAndReadersWaitForIt() throws Exception {
		SnapshotRefresher refresher = new SnapshotRefresher(this.snapshots, Duration.ZERO, false);
		refresher.start();
		try {
			Thread reader = new Thread(this.snapshots::current);
			reader.start();
			reader.join(300);
			assertThat(reader.isAlive()).isTrue();
			this.release.countDown();
			reader.join(TimeUnit.SECONDS.toMillis(10));
			assertThat(reader.isAlive()).isFalse();
		}
		finally {
			this.release.countDown();
			refresher.stop();
		}
	}

	@Test
	void takesTheFirstSnapshotOnTheStartupThreadWhenDriftMayFailStartup() {
		this.release.countDown();
		SnapshotRefresher refresher = new SnapshotRefresher(this.snapshots, Duration.ZERO, true);
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
		SnapshotRefresher refresher = new SnapshotRefresher(this.snapshots, Duration.ZERO, false);
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
