package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.ratchet.lint.sql.ColumnType;

/**
 * The types the changesets gave each column, in changelog order, each with the
 * {@link Deployment deployments} of its changeset. The type a column has before a change is
 * the latest one of a changeset that runs in the change's deployments; where those
 * deployments differ (a type set for PostgreSQL, another for MySQL) every candidate counts.
 */
final class TypeHistory {

	private final Map<String, List<Entry>> columns = new HashMap<>();

	/**
	 * Records the type a column gets.
	 * @param column the column as {@code table.column}, lower case
	 * @param deployment the deployments of the change that gives it
	 * @param type the type
	 */
	void record(String column, Deployment deployment, ColumnType type) {
		this.columns.computeIfAbsent(column, (key) -> new ArrayList<>()).add(new Entry(deployment, type));
	}

	/**
	 * Returns the types a column may have before a change.
	 * @param column the column as {@code table.column}, lower case
	 * @param deployment the deployments of the change
	 * @return the candidates, latest first; empty when no changeset of those deployments
	 * typed the column
	 */
	List<ColumnType> before(String column, Deployment deployment) {
		List<Entry> history = this.columns.get(column);
		if (history == null) {
			return List.of();
		}
		LinkedHashSet<ColumnType> types = new LinkedHashSet<>();
		for (int i = history.size() - 1; i >= 0; i--) {
			Entry entry = history.get(i);
			if (entry.deployment().overlaps(deployment)) {
				types.add(entry.type());
				if (entry.deployment().covers(deployment)) {
					break;
				}
			}
		}
		return new ArrayList<>(types);
	}

	private record Entry(Deployment deployment, ColumnType type) {

	}

}
