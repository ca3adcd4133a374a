package dev.ratchet.boot.liquibase;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ratchet.state.LastRun;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.resource.ResourceAccessor;

/**
 * What the boot-time updates of this application did, per {@code SpringLiquibase} bean:
 * the changelog Liquibase parsed (so nothing parses it again), the last run and the
 * changesets it ran. Each update is recorded once, when it ends, as one {@link RunResult}.
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
	 * Returns the changelog a bean's Liquibase parsed.
	 * @param beanName the bean
	 * @return the changelog, empty when it has not been parsed
	 */
	public Optional<ParsedChangeLog> changeLog(String beanName) {
		return Optional.ofNullable(this.results.get(beanName)).map(RunResult::changeLog);
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
	 */
	public record RunResult(String beanName, ParsedChangeLog changeLog, LastRun lastRun, List<ChangeSetRun> changeSets) {

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

	/**
	 * A changelog as Liquibase parsed it, and where its files are read from.
	 *
	 * @param changeLog the parsed changelog
	 * @param resourceAccessor the resource accessor it was parsed with
	 */
	public record ParsedChangeLog(DatabaseChangeLog changeLog, ResourceAccessor resourceAccessor) {
	}

}
