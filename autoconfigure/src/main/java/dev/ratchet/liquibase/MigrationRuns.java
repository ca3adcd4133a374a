package dev.ratchet.liquibase;

import java.util.ArrayList;
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
 * the changelog Liquibase parsed (so nothing parses it again) and the last run.
 */
public class MigrationRuns {

	private final Map<String, LastRun> lastRuns = new ConcurrentHashMap<>();

	private final Map<String, ParsedChangeLog> changeLogs = new ConcurrentHashMap<>();

	private final List<MigrationListener> listeners = new CopyOnWriteArrayList<>();

	private final List<ChangeSetRun> changeSetRuns = new ArrayList<>();

	/**
	 * Adds a listener told about every update and executed changeset; what happened before
	 * it was added is replayed to it first.
	 * @param listener the listener
	 */
	public void addListener(MigrationListener listener) {
		synchronized (this.changeSetRuns) {
			this.changeSetRuns.forEach((run) -> MigrationListener
				.safely(() -> listener.changeSetRan(run.beanName(), run.execType(), run.nanos())));
			this.lastRuns.forEach((beanName, run) -> MigrationListener.safely(() -> listener.updateFinished(beanName, run)));
			this.listeners.add(listener);
		}
	}

	/**
	 * Returns the last boot-time update of a bean.
	 * @param beanName the bean
	 * @return the last run, empty when it has not run
	 */
	public Optional<LastRun> lastRun(String beanName) {
		return Optional.ofNullable(this.lastRuns.get(beanName));
	}

	/**
	 * Returns the beans whose boot-time update has finished.
	 * @return their names, sorted
	 */
	public SortedSet<String> beanNames() {
		return new TreeSet<>(this.lastRuns.keySet());
	}

	/**
	 * Returns the changelog a bean's Liquibase parsed.
	 * @param beanName the bean
	 * @return the changelog, empty when it has not been parsed
	 */
	public Optional<ParsedChangeLog> changeLog(String beanName) {
		return Optional.ofNullable(this.changeLogs.get(beanName));
	}

	void parsed(String beanName, ParsedChangeLog changeLog) {
		this.changeLogs.put(beanName, changeLog);
	}

	void finished(String beanName, LastRun run) {
		synchronized (this.changeSetRuns) {
			this.lastRuns.put(beanName, run);
		}
		for (MigrationListener listener : this.listeners) {
			MigrationListener.safely(() -> listener.updateFinished(beanName, run));
		}
	}

	void changeSetRan(String beanName, String execType, long nanos) {
		synchronized (this.changeSetRuns) {
			this.changeSetRuns.add(new ChangeSetRun(beanName, execType, nanos));
		}
		for (MigrationListener listener : this.listeners) {
			MigrationListener.safely(() -> listener.changeSetRan(beanName, execType, nanos));
		}
	}

	private record ChangeSetRun(String beanName, String execType, long nanos) {
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
