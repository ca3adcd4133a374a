package dev.ratchet.boot.actuate;

import java.util.Map;
import java.util.Set;

import dev.ratchet.boot.actuate.MigrationsDescriptors.BeanHealthDescriptor;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code migrations} health indicator, meant for the readiness group: DOWN for the
 * statuses in {@code ratchet.health.down-on}, UP otherwise, with each bean's status and
 * summary as details, in the endpoint's descriptors; OUT_OF_SERVICE until the first snapshot is taken (after waiting for it at most
 * {@link MigrationSnapshots#READ_BUDGET}). Reads the snapshot, never the database.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final MigrationSnapshots snapshots;

	private final Set<MigrationStatus> downOn;

	/**
	 * Creates a new instance.
	 * @param snapshots the snapshots to report
	 * @param downOn the statuses that make the indicator DOWN
	 */
	public MigrationsHealthIndicator(MigrationSnapshots snapshots, Set<MigrationStatus> downOn) {
		super("Migration state check failed");
		this.snapshots = snapshots;
		this.downOn = Set.copyOf(downOn);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Map<String, MigrationState> states = this.snapshots.current();
		if (!this.snapshots.taken()) {
			builder.outOfService().withDetail("error", MigrationSnapshots.FIRST_SNAPSHOT_PENDING);
			return;
		}
		MigrationStatus status = MigrationStatus.worstOf(states.values().stream().map(MigrationState::status).toList());
		if (this.downOn.contains(status)) {
			builder.down();
		}
		else {
			builder.up();
		}
		builder.withDetail("status", status);
		states.forEach((name, state) -> builder.withDetail(name, BeanHealthDescriptor.of(state)));
	}

}
