package dev.ratchet.boot.liquibase;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Takes the first snapshot as the application starts, then one every
 * {@code ratchet.refresh-interval}, on a daemon thread of its own; until the first one is
 * there, readers of the snapshot wait for it. When drift of severity error must fail
 * startup, the first snapshot is taken on the startup thread instead.
 */
public class SnapshotRefresher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(SnapshotRefresher.class);

	private final MigrationSnapshots snapshots;

	private final Duration interval;

	private final boolean failOnDrift;

	private volatile ScheduledExecutorService executor;

	private volatile boolean running;

	/**
	 * Creates a new instance.
	 * @param snapshots the snapshots to refresh
	 * @param interval how often
	 * @param failOnDrift whether drift of severity error in the first snapshot fails startup
	 */
	public SnapshotRefresher(MigrationSnapshots snapshots, Duration interval, boolean failOnDrift) {
		this.snapshots = snapshots;
		this.interval = interval;
		this.failOnDrift = failOnDrift;
	}

	@Override
	public void start() {
		if (this.failOnDrift) {
			this.snapshots.refreshAtStartup();
			DriftDetectedException.throwIfAny(this.snapshots.current());
		}
		this.running = true;
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "ratchet-refresh");
			thread.setDaemon(true);
			return thread;
		});
		if (!this.failOnDrift) {
			this.snapshots.expectRefresh();
			scheduler.execute(() -> refreshQuietly(this.snapshots::refreshAtStartup));
		}
		if (!this.interval.isZero() && !this.interval.isNegative()) {
			long millis = this.interval.toMillis();
			scheduler.scheduleWithFixedDelay(() -> refreshQuietly(this.snapshots::refresh), millis, millis,
					TimeUnit.MILLISECONDS);
		}
		this.executor = scheduler;
	}

	private static void refreshQuietly(Runnable refresh) {
		try {
			refresh.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not refresh the migration state", ex);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		ScheduledExecutorService scheduler = this.executor;
		this.executor = null;
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
		this.snapshots.abandonRefresh();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
