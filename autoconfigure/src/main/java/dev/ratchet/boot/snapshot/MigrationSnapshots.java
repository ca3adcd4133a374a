package dev.ratchet.boot.snapshot;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.state.MigrationState;

/**
 * The latest state of every {@code SpringLiquibase} bean, with the drift between the
 * entities and its database and what compat mode degrades there: the store the endpoint, the
 * health indicator and the metrics read, which never touches the database. The
 * {@link SnapshotRefresher} publishes into it. Until the first snapshot is published,
 * {@link #current()} waits for it at most {@link #READ_BUDGET}, then answers each bean as
 * {@code UNKNOWN} with {@link #FIRST_SNAPSHOT_PENDING} as its error; {@link #latest()}, which
 * the gauges read, answers so at once.
 */
public class MigrationSnapshots {

	/** How long a reader waits for the first snapshot: a request's budget. */
	public static final Duration READ_BUDGET = Duration.ofSeconds(3);

	/** The error of a bean's state before the first snapshot is taken. */
	public static final String FIRST_SNAPSHOT_PENDING = "The first migration state snapshot is still being taken";

	private final MigrationRuns runs;

	private final Clock clock;

	private final CountDownLatch first = new CountDownLatch(1);

	private final List<Runnable> takenListeners = new CopyOnWriteArrayList<>();

	private volatile Map<String, MigrationState> states;

	/**
	 * Creates a store with no snapshot yet.
	 * @param runs the boot-time updates, whose last runs the states before the first
	 * snapshot carry
	 * @param clock the clock
	 */
	public MigrationSnapshots(MigrationRuns runs, Clock clock) {
		this.runs = runs;
		this.clock = clock;
	}

	/**
	 * Returns the latest state of every bean, without touching the database; before the
	 * first snapshot, waits for it at most {@link #READ_BUDGET}. For a request.
	 * @return the states by bean name
	 */
	public Map<String, MigrationState> current() {
		if (!taken()) {
			try {
				this.first.await(READ_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return latest();
	}

	/**
	 * Returns the latest state of every bean at once, never waiting: before the first
	 * snapshot each bean is {@code UNKNOWN} with {@link #FIRST_SNAPSHOT_PENDING}. For a gauge,
	 * which a scrape reads many times.
	 * @return the states by bean name
	 */
	public Map<String, MigrationState> latest() {
		Map<String, MigrationState> latest = this.states;
		if (latest != null) {
			return latest;
		}
		Map<String, MigrationState> pending = new LinkedHashMap<>();
		this.runs.beanNames()
			.forEach((name) -> pending.put(name, MigrationState.unknown(this.clock.instant(),
					this.runs.result(name).map(RunResult::lastRun).orElse(null), FIRST_SNAPSHOT_PENDING)));
		return pending;
	}

	/**
	 * Returns whether the first snapshot is over: published, or given up when the
	 * application stopped before it.
	 * @return whether readers no longer wait
	 */
	public boolean taken() {
		return this.first.getCount() == 0;
	}

	/**
	 * Runs an action once the first snapshot is over, at once when it is.
	 * @param action the action
	 */
	public void whenTaken(Runnable action) {
		this.takenListeners.add(action);
		if (taken() && this.takenListeners.remove(action)) {
			action.run();
		}
	}

	/**
	 * Publishes a snapshot.
	 * @param snapshot the state of every bean
	 */
	void publish(Map<String, MigrationState> snapshot) {
		this.states = Map.copyOf(snapshot);
		firstOver();
	}

	/**
	 * Publishes a snapshot that could not be taken: every bean {@code UNKNOWN} with the error.
	 * @param error why it could not be taken
	 */
	void failed(String error) {
		Map<String, MigrationState> failed = new LinkedHashMap<>();
		this.runs.beanNames()
			.forEach((name) -> failed.put(name, MigrationState.unknown(this.clock.instant(),
					this.runs.result(name).map(RunResult::lastRun).orElse(null), error)));
		publish(failed);
	}

	/**
	 * Stops readers waiting for a first snapshot that is not coming.
	 */
	void abandon() {
		firstOver();
	}

	private void firstOver() {
		if (this.first.getCount() == 0) {
			return;
		}
		this.first.countDown();
		for (Runnable listener : this.takenListeners) {
			if (this.takenListeners.remove(listener)) {
				listener.run();
			}
		}
	}

}
