package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routines SQL creates or replaces, found before those known when it runs, and the calls
 * it keeps for later: the calls in a routine's body and the calls to routines not known yet.
 */
final class RoutineCalls {

	private final SqlContext before;

	private final Map<String, Routine> routines = new LinkedHashMap<>();

	private final Set<Call> calls = new LinkedHashSet<>();

	/**
	 * Creates the routines and calls of SQL.
	 * @param before what is known before the SQL runs
	 */
	RoutineCalls(SqlContext before) {
		this.before = before;
	}

	/**
	 * Records a routine the SQL creates or replaces.
	 */
	void define(Routine routine) {
		this.routines.put(routine.name(), routine);
	}

	/**
	 * Returns a routine the SQL creates, else one known before it.
	 */
	Routine routine(String name) {
		Routine routine = this.routines.get(name);
		return (routine != null) ? routine : this.before.routine(name);
	}

	/**
	 * Keeps a call for later.
	 */
	void keep(Call call) {
		this.calls.add(call);
	}

	/**
	 * Returns the names of the routines called.
	 */
	Set<String> calledNames() {
		Set<String> names = new LinkedHashSet<>();
		this.calls.forEach((call) -> names.add(call.name()));
		return names;
	}

	/**
	 * Returns the routines the SQL creates or replaces.
	 */
	List<Routine> routines() {
		return new ArrayList<>(this.routines.values());
	}

	/**
	 * Returns the calls kept.
	 */
	List<Call> calls() {
		return new ArrayList<>(this.calls);
	}

}
