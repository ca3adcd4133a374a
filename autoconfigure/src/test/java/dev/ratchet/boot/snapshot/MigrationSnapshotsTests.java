package dev.ratchet.boot.snapshot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.RecordedRuns;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import dev.ratchet.state.RunOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MigrationSnapshots}: the store readers get immutable states from.
 */
class MigrationSnapshotsTests {

	private final MigrationRuns runs = new MigrationRuns();

	private final MigrationSnapshots snapshots = new MigrationSnapshots(this.runs, Clock.systemUTC());

	@Test
	void beforeTheFirstSnapshotEachUpdatedBeanIsUnknownWithItsLastRun() {
		RecordedRuns.record(this.runs, "liquibase", new LastRun(Instant.now(), 5, RunOutcome.SUCCESS, 1, null, null, 0));
		Map<String, MigrationState> latest = this.snapshots.latest();
		assertThat(this.snapshots.taken()).isFalse();
		assertThat(latest).containsOnlyKeys("liquibase");
		assertThat(latest.get("liquibase").status()).isEqualTo(MigrationStatus.UNKNOWN);
		assertThat(latest.get("liquibase").error()).isEqualTo(MigrationSnapshots.FIRST_SNAPSHOT_PENDING);
		assertThat(latest.get("liquibase").lastRun().outcome()).isEqualTo(RunOutcome.SUCCESS);
	}

	@Test
	void aPublishedSnapshotIsWhatEveryReaderGetsAndCannotBeChanged() {
		MigrationState state = MigrationState.unknown(Instant.now(), null, "down");
		this.snapshots.publish(Map.of("liquibase", state));
		assertThat(this.snapshots.taken()).isTrue();
		assertThat(this.snapshots.current()).containsExactly(Map.entry("liquibase", state));
		assertThat(this.snapshots.latest()).isSameAs(this.snapshots.current());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.snapshots.latest().clear());
	}

	@Test
	void whatWaitsForTheFirstSnapshotRunsOnceWhenItIsPublished() {
		AtomicInteger runs = new AtomicInteger();
		this.snapshots.whenTaken(runs::incrementAndGet);
		assertThat(runs).hasValue(0);
		this.snapshots.publish(Map.of());
		this.snapshots.publish(Map.of());
		assertThat(runs).hasValue(1);
		this.snapshots.whenTaken(runs::incrementAndGet);
		assertThat(runs).hasValue(2);
	}

	@Test
	void aFirstSnapshotGivenUpReleasesReadersAtOnceWithTheUnknownStates() {
		this.snapshots.abandon();
		long started = System.nanoTime();
		assertThat(this.snapshots.current()).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		assertThat(this.snapshots.taken()).isTrue();
	}

}
