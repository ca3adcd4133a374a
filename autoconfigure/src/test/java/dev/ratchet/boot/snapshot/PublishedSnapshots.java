package dev.ratchet.boot.snapshot;

import java.time.Clock;
import java.util.Map;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.state.MigrationState;

/**
 * Snapshot stores for tests of what reads them.
 */
public final class PublishedSnapshots {

	private PublishedSnapshots() {
	}

	/**
	 * Returns a store whose first snapshot holds fixed states.
	 * @param states the states by bean name
	 * @return the store
	 */
	public static MigrationSnapshots of(Map<String, MigrationState> states) {
		MigrationSnapshots snapshots = new MigrationSnapshots(new MigrationRuns(), Clock.systemUTC());
		snapshots.publish(states);
		return snapshots;
	}

	/**
	 * Returns a store whose first snapshot is still being taken.
	 * @param runs the boot-time updates
	 * @return the store
	 */
	public static MigrationSnapshots pending(MigrationRuns runs) {
		return new MigrationSnapshots(runs, Clock.systemUTC());
	}

}
