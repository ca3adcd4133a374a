package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the changesets said of each column (its type, whether it is NOT NULL), in changelog
 * order, each with the {@link Deployment deployments} of its changeset. What a column is
 * before a change is the latest value of a changeset that runs in the change's deployments;
 * where those deployments differ (a type set for PostgreSQL, another for MySQL) every
 * candidate counts.
 *
 * @param <T> what is kept of a column
 */
final class History<T> {

	private final Map<String, List<Entry<T>>> columns = new HashMap<>();

	/**
	 * Records what a column becomes.
	 * @param column the column as {@code table.column}, lower case
	 * @param deployment the deployments of the change
	 * @param value what it becomes
	 */
	void record(String column, Deployment deployment, T value) {
		this.columns.computeIfAbsent(column, (key) -> new ArrayList<>()).add(new Entry<>(deployment, value));
	}

	/**
	 * Returns what a column may be before a change.
	 * @param column the column as {@code table.column}, lower case
	 * @param deployment the deployments of the change
	 * @return the candidates, latest first; empty when no changeset of those deployments
	 * said anything of the column
	 */
	List<T> before(String column, Deployment deployment) {
		List<Entry<T>> history = this.columns.get(column);
		if (history == null) {
			return List.of();
		}
		LinkedHashSet<T> values = new LinkedHashSet<>();
		for (int i = history.size() - 1; i >= 0; i--) {
			Entry<T> entry = history.get(i);
			if (entry.deployment().overlaps(deployment)) {
				values.add(entry.value());
				if (entry.deployment().covers(deployment)) {
					break;
				}
			}
		}
		return new ArrayList<>(values);
	}

	private record Entry<T>(Deployment deployment, T value) {

	}

}
