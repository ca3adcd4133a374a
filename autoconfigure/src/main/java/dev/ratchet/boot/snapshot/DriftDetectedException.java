package dev.ratchet.boot.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.drift.DriftItem;
import dev.ratchet.state.MigrationState;

/**
 * Thrown by the first snapshot when {@code ratchet.drift.fail-on=error} and the database
 * disagrees with the entities or the changelog in a way that breaks inserts or queries.
 */
public class DriftDetectedException extends RuntimeException {

	private final Map<String, List<DriftItem>> errors;

	private final Map<String, String> suggestedChangeLogs;

	/**
	 * Creates a new instance.
	 * @param errors every drift item of severity error, by {@code SpringLiquibase} bean
	 */
	public DriftDetectedException(Map<String, List<DriftItem>> errors) {
		this(errors, Map.of());
	}

	/**
	 * Creates a new instance.
	 * @param errors every drift item of severity error, by {@code SpringLiquibase} bean
	 * @param suggestedChangeLogs the changelog that adds what each bean's database lacks,
	 * for the beans that lack something
	 */
	public DriftDetectedException(Map<String, List<DriftItem>> errors, Map<String, String> suggestedChangeLogs) {
		super(message(errors, suggestedChangeLogs));
		this.errors = copy(errors);
		this.suggestedChangeLogs = Map.copyOf(suggestedChangeLogs);
	}

	/**
	 * Throws when any state has drift of severity error.
	 * @param states the states by {@code SpringLiquibase} bean
	 * @throws DriftDetectedException naming every drift item of severity error
	 */
	public static void throwIfAny(Map<String, MigrationState> states) {
		Map<String, List<DriftItem>> errors = new LinkedHashMap<>();
		Map<String, String> suggested = new LinkedHashMap<>();
		states.forEach((name, state) -> {
			List<DriftItem> items = state.drift().stream().filter(DriftItem::isError).toList();
			if (!items.isEmpty()) {
				errors.put(name, items);
				if (state.suggestedChangeLog() != null) {
					suggested.put(name, state.suggestedChangeLog());
				}
			}
		});
		if (!errors.isEmpty()) {
			throw new DriftDetectedException(errors, suggested);
		}
	}

	private static Map<String, List<DriftItem>> copy(Map<String, List<DriftItem>> errors) {
		Map<String, List<DriftItem>> copy = new LinkedHashMap<>();
		errors.forEach((name, items) -> copy.put(name, List.copyOf(items)));
		return copy;
	}

	private static String message(Map<String, List<DriftItem>> errors, Map<String, String> suggested) {
		String nl = System.lineSeparator();
		StringBuilder message = new StringBuilder();
		errors.forEach((name, items) -> {
			if (!message.isEmpty()) {
				message.append(nl);
			}
			message.append("The database of '")
				.append(name)
				.append("' disagrees with the entities or the changelog: ")
				.append(items.size())
				.append(" drift item(s) of severity error.");
			items.forEach((item) -> message.append(nl).append("  ").append(describe(item)));
			String changeLog = suggested.get(name);
			if (changeLog != null) {
				message.append(nl)
					.append("The changeset that adds what it lacks (no drop, rename or type change):")
					.append(nl)
					.append(changeLog.stripTrailing());
			}
		});
		return message.toString();
	}

	private static String describe(DriftItem item) {
		StringBuilder line = new StringBuilder(item.kind().id());
		String target = target(item);
		if (target != null) {
			line.append(" on ").append(target);
		}
		if (item.entity() != null) {
			line.append(" (entity ").append(item.entity()).append(")");
		}
		if (item.changeSet() != null) {
			line.append(" (changeset ").append(item.changeSet()).append(")");
		}
		line.append(": expected ")
			.append((item.expected() != null) ? item.expected() : "none")
			.append(", actual ")
			.append((item.actual() != null) ? item.actual() : "none");
		return line.toString();
	}

	private static String target(DriftItem item) {
		if (item.table() == null) {
			return null;
		}
		return (item.column() != null) ? item.table() + "." + item.column() : item.table();
	}

	/**
	 * Returns the changelog that adds what each bean's database lacks of the entities: the
	 * missing tables, columns and indexes, never a drop, rename or type change.
	 * @return the YAML changelogs by {@code SpringLiquibase} bean, for the beans that lack
	 * something
	 */
	public Map<String, String> getSuggestedChangeLogs() {
		return this.suggestedChangeLogs;
	}

	/**
	 * Returns every drift item of severity error.
	 * @return the items by {@code SpringLiquibase} bean
	 */
	public Map<String, List<DriftItem>> getErrors() {
		return this.errors;
	}

}
