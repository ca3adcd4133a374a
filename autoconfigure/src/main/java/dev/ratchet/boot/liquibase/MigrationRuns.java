package dev.ratchet.boot.liquibase;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ratchet.lint.ParsedChangeLog;
import dev.ratchet.state.AlreadyChecked;
import dev.ratchet.state.LastRun;

/**
 * What the boot-time updates of this application did, per {@code SpringLiquibase} bean:
 * the changelog Liquibase parsed (so nothing parses it again), the last run, the changesets
 * it ran and the lint of those it left pending. Each update is recorded once, when it ends, as one {@link RunResult}.
 */
public class MigrationRuns {

	private final Map<String, RunResult> results = new ConcurrentHashMap<>();

	private final List<MigrationListener> listeners = new CopyOnWriteArrayList<>();

	/**
	 * Adds a listener told about every update and the changesets it ran; the updates that
	 * ended before it was added are replayed to it first.
	 * @param listener the listener
	 */
	public void addListener(MigrationListener listener) {
		synchronized (this.results) {
			this.results.values().forEach((result) -> tell(listener, result));
			this.listeners.add(listener);
		}
	}

	/**
	 * Returns the last boot-time update of a bean.
	 * @param beanName the bean
	 * @return the last run, empty when it has not run
	 */
	public Optional<LastRun> lastRun(String beanName) {
		return Optional.ofNullable(this.results.get(beanName)).map(RunResult::lastRun);
	}

	/**
	 * Returns the beans whose boot-time update has finished.
	 * @return their names, sorted
	 */
	public SortedSet<String> beanNames() {
		return new TreeSet<>(this.results.keySet());
	}

	/**
	 * Returns how a bean's boot-time update ended.
	 * @param beanName the bean
	 * @return the result, empty when it has not run
	 */
	public Optional<RunResult> result(String beanName) {
		return Optional.ofNullable(this.results.get(beanName));
	}

	/**
	 * Records how a bean's update ended and tells the listeners.
	 * @param result the result
	 */
	void record(RunResult result) {
		synchronized (this.results) {
			this.results.put(result.beanName(), result);
		}
		this.listeners.forEach((listener) -> tell(listener, result));
	}

	private static void tell(MigrationListener listener, RunResult result) {
		result.changeSets()
			.forEach((run) -> MigrationListener
				.safely(() -> listener.changeSetRan(result.beanName(), run.execType(), run.nanos())));
		MigrationListener.safely(() -> listener.updateFinished(result.beanName(), result.lastRun()));
	}

	/**
	 * How one bean's boot-time update ended.
	 *
	 * @param beanName the {@code SpringLiquibase} bean
	 * @param changeLog the changelog Liquibase parsed, or {@code null} when it was not
	 * @param lastRun the run
	 * @param changeSets the changesets that ran, in order
	 * @param checked what the update checked, so the first snapshot after it need not check it
	 * again
	 */
	public record RunResult(String beanName, ParsedChangeLog changeLog, LastRun lastRun, List<ChangeSetRun> changeSets,
			AlreadyChecked checked) {

		/**
		 * Creates a new instance.
		 */
		public RunResult {
			changeSets = List.copyOf(changeSets);
		}

	}

	/**
	 * A changeset that ran.
	 *
	 * @param execType how it ran, such as {@code EXECUTED}
	 * @param nanos how long it took
	 */
	public record ChangeSetRun(String execType, long nanos) {
	}

}
