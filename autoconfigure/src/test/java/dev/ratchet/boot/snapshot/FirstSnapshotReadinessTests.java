package dev.ratchet.boot.snapshot;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.snapshot.FirstSnapshotReadiness;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FirstSnapshotReadiness}.
 */
class FirstSnapshotReadinessTests {

	private final MigrationSnapshots snapshots = new MigrationSnapshots(new MigrationRuns(), Clock.systemUTC());

	private final List<Object> published = new CopyOnWriteArrayList<>();

	private final ApplicationEventPublisher publisher = this.published::add;

	private final FirstSnapshotReadiness readiness = new FirstSnapshotReadiness(this.snapshots, this.publisher);

	@Test
	void readinessIsTakenBackUntilTheFirstSnapshotAndGivenOnceItIsTaken() {
		this.readiness.onApplicationEvent(accepting());
		assertThat(states()).containsExactly(ReadinessState.REFUSING_TRAFFIC);
		this.snapshots.publish(Map.of());
		assertThat(states()).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void readinessIsLeftAloneOnceTheFirstSnapshotIsTaken() {
		this.snapshots.publish(Map.of());
		this.readiness.onApplicationEvent(accepting());
		assertThat(this.published).isEmpty();
	}

	@Test
	void readinessIsGivenBackWhenTheFirstSnapshotIsGivenUp() {
		this.readiness.onApplicationEvent(accepting());
		this.snapshots.abandon();
		assertThat(states()).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void otherAvailabilityChangesAndItsOwnAreIgnored() {
		this.readiness.onApplicationEvent(new AvailabilityChangeEvent<>(this, LivenessState.CORRECT));
		this.readiness.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
		this.readiness.onApplicationEvent(new AvailabilityChangeEvent<>(this.readiness, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(this.published).isEmpty();
	}

	private AvailabilityChangeEvent<ReadinessState> accepting() {
		return new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC);
	}

	private List<Object> states() {
		return this.published.stream().<Object>map((event) -> ((AvailabilityChangeEvent<?>) event).getState()).toList();
	}

}
