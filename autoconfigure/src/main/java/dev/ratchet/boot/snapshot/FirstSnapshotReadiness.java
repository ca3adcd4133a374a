package dev.ratchet.boot.snapshot;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;

/**
 * Keeps the application's readiness at {@link ReadinessState#REFUSING_TRAFFIC} until the
 * first migration state snapshot is taken: when Spring Boot declares the application ready
 * before it is, readiness is taken back, and given again once the snapshot is there, so a
 * readiness probe never admits traffic to an instance whose state nobody has read yet.
 */
public class FirstSnapshotReadiness implements ApplicationListener<AvailabilityChangeEvent<?>> {

	private final MigrationSnapshots snapshots;

	private final ApplicationEventPublisher publisher;

	private boolean refusing;

	/**
	 * Creates a new instance.
	 * @param snapshots the snapshots whose first one is awaited
	 * @param publisher where readiness changes are published
	 */
	public FirstSnapshotReadiness(MigrationSnapshots snapshots, ApplicationEventPublisher publisher) {
		this.snapshots = snapshots;
		this.publisher = publisher;
	}

	@Override
	public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
		if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || event.getSource() == this) {
			return;
		}
		synchronized (this) {
			if (this.snapshots.taken()) {
				return;
			}
			this.refusing = true;
		}
		AvailabilityChangeEvent.publish(this.publisher, this, ReadinessState.REFUSING_TRAFFIC);
		this.snapshots.whenTaken(this::accept);
	}

	private void accept() {
		synchronized (this) {
			if (!this.refusing) {
				return;
			}
			this.refusing = false;
		}
		AvailabilityChangeEvent.publish(this.publisher, this, ReadinessState.ACCEPTING_TRAFFIC);
	}

}
