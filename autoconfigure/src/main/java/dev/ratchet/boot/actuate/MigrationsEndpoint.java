package dev.ratchet.boot.actuate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.ratchet.boot.actuate.MigrationsDescriptors.FleetDescriptor;
import dev.ratchet.boot.actuate.MigrationsDescriptors.LiquibaseBeanDescriptor;
import dev.ratchet.boot.actuate.MigrationsDescriptors.MigrationsDescriptor;
import dev.ratchet.boot.fleet.FleetSnapshot;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@link Endpoint @Endpoint} that reports where every Liquibase changelog's database
 * stands: applied, pending, blocked, failed, drifted, the lock and compat mode. Served
 * from the snapshot; a request never touches the database. The JSON is
 * {@link MigrationsDescriptors}, this package's own records, never the state's.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private final MigrationSnapshots snapshots;

	private final Supplier<FleetSnapshot> fleet;

	/**
	 * Creates a new instance without a fleet section.
	 * @param snapshots the snapshots to report
	 */
	public MigrationsEndpoint(MigrationSnapshots snapshots) {
		this(snapshots, () -> null);
	}

	/**
	 * Creates a new instance.
	 * @param snapshots the snapshots to report
	 * @param fleet the fleet's latest snapshot, {@code null} when fleet features are off
	 */
	public MigrationsEndpoint(MigrationSnapshots snapshots, Supplier<FleetSnapshot> fleet) {
		this.snapshots = snapshots;
		this.fleet = fleet;
	}

	/**
	 * Returns the state of every Liquibase bean.
	 * @return the report
	 */
	@ReadOperation
	public MigrationsDescriptor migrations() {
		Map<String, LiquibaseBeanDescriptor> beans = new LinkedHashMap<>();
		Instant checkedAt = null;
		for (Map.Entry<String, MigrationState> entry : this.snapshots.current().entrySet()) {
			MigrationState state = entry.getValue();
			beans.put(entry.getKey(), LiquibaseBeanDescriptor.of(state));
			if (checkedAt == null || (state.checkedAt() != null && state.checkedAt().isAfter(checkedAt))) {
				checkedAt = state.checkedAt();
			}
		}
		MigrationStatus status = MigrationStatus
			.worstOf(beans.values().stream().map(LiquibaseBeanDescriptor::status).toList());
		FleetSnapshot fleet = this.fleet.get();
		return new MigrationsDescriptor(status, checkedAt, beans, (fleet != null) ? FleetDescriptor.of(fleet) : null);
	}

}
