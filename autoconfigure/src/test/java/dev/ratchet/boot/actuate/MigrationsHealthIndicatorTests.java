package dev.ratchet.boot.actuate;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.snapshot.PublishedSnapshots;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsHealthIndicator}, on snapshots of fixed states.
 */
class MigrationsHealthIndicatorTests {

	@Test
	void downForTheStatusesOfDownOnAndUpOtherwiseWithTheWorstStatusAsDetail() {
		MigrationSnapshots failed = snapshots(Map.of("a", unknown("boom")));
		Health down = new MigrationsHealthIndicator(failed, EnumSet.of(MigrationStatus.UNKNOWN)).health(true);
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("status", MigrationStatus.UNKNOWN).containsKey("a");
		Health up = new MigrationsHealthIndicator(failed, EnumSet.of(MigrationStatus.FAILED)).health(true);
		assertThat(up.getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void outOfServiceUntilTheFirstSnapshotIsTaken() {
		MigrationSnapshots snapshots = PublishedSnapshots.pending(new MigrationRuns());
		Health health = new MigrationsHealthIndicator(snapshots, EnumSet.of(MigrationStatus.FAILED)).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("error", MigrationSnapshots.FIRST_SNAPSHOT_PENDING);
	}

	private static MigrationState unknown(String error) {
		return MigrationState.unknown(Instant.now(), null, error);
	}

	private static MigrationSnapshots snapshots(Map<String, MigrationState> states) {
		return PublishedSnapshots.of(states);
	}

}
