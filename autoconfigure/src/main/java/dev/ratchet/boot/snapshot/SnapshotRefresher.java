package dev.ratchet.boot.snapshot;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Takes the snapshots: the first as the application starts, then one every
 * {@code ratchet.refresh-interval}, on a daemon thread of its own, each read by the
 * {@link SnapshotReader} and published to {@link MigrationSnapshots}. When drift of severity
 * error must fail startup, the first snapshot is taken on the startup thread instead.
 */
public class SnapshotRefresher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(SnapshotRefresher.class);

	private final SnapshotReader reader;

	private final MigrationSnapshots snapshots;

	private final Duration interval;

	private final boolean failOnDrift;

	private volatile ScheduledExecutorService executor;

	private volatile boolean running;

	/**
	 * Creates a new instance.
	 * @param reader reads the states
	 * @param snapshots where they are published
	 * @param interval how often
	 * @param failOnDrift whether drift of severity error in the first snapshot fails startup
	 */
	public SnapshotRefresher(SnapshotReader reader, MigrationSnapshots snapshots, Duration interval,
			boolean failOnDrift) {
		this.reader = reader;
		this.snapshots = snapshots;
		this.interval = interval;
		this.failOnDrift = failOnDrift;
	}

	/**
	 * Takes a snapshot now and publishes it.
	 */
	public void refresh() {
		take(false);
	}

	private synchronized void take(boolean atStartup) {
		if (atStartup && this.snapshots.taken()) {
			return;
		}
		try {
			this.snapshots.publish(this.reader.read(atStartup));
		}
		finally {
			if (atStartup) {
				this.snapshots.abandon();
			}
		}
	}

	@Override
	public void start() {
		if (this.failOnDrift) {
			take(true);
			DriftDetectedException.throwIfAny(this.snapshots.current());
		}
		this.running = true;
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "ratchet-refresh");
			thread.setDaemon(true);
			return thread;
		});
		if (!this.failOnDrift) {
			scheduler.execute(() -> surviving(() -> take(true)));
		}
		if (!this.interval.isZero() && !this.interval.isNegative()) {
			long millis = this.interval.toMillis();
			scheduler.scheduleWithFixedDelay(() -> surviving(this::refresh), millis, millis, TimeUnit.MILLISECONDS);
		}
		this.executor = scheduler;
	}

	/**
	 * Runs a refresh so that whatever it throws, an {@link Error} included, ends only this
	 * refresh: a scheduled task that throws is never run again. The failure is logged and
	 * published as every bean's state until the next refresh.
	 */
	void surviving(Runnable refresh) {
		try {
			refresh.run();
		}
		catch (Throwable ex) {
			String error = "The migration state refresh failed with " + ex + "; the next refresh runs as scheduled"
					+ ((this.interval.isZero() || this.interval.isNegative()) ? " (none: ratchet.refresh-interval="
							+ this.interval + ")" : " (in " + this.interval + ")");
			logger.error(error, ex);
			this.snapshots.failed(error);
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
		this.snapshots.abandon();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
