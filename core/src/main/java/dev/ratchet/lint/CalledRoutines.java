package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Violation;
import dev.ratchet.lint.sql.Call;
import dev.ratchet.lint.sql.Invocations;
import dev.ratchet.lint.sql.Routine;
import dev.ratchet.lint.sql.SqlClassifier;
import dev.ratchet.lint.sql.SqlContext;

/**
 * Judges the calls of routines that the run did not create: each routine is read from the
 * database's catalog (all names in one query, and the routines those call in a few more)
 * and a call does what its body does. A procedure that cannot be found or read is reported
 * as not inspected; a function that cannot be found is taken as built in.
 */
final class CalledRoutines {

	private static final int ROUNDS = 4;

	private static final String ORIGIN = "as it exists in the database";

	private final SqlClassifier classifier = new SqlClassifier();

	private final RoutineCatalog catalog;

	private final RunState state;

	private final Map<String, Routine> existing = new HashMap<>();

	private String failure;

	CalledRoutines(RoutineCatalog catalog, RunState state) {
		this.catalog = catalog;
		this.state = state;
	}

	/**
	 * Judges calls.
	 * @param calls the calls of routines not known where they were made
	 * @param violations receives what each call does
	 */
	void judge(List<PendingCall> calls, BiConsumer<PendingCall, Violation> violations) {
		if (calls.isEmpty()) {
			return;
		}
		Set<String> wanted = new LinkedHashSet<>();
		calls.forEach((call) -> wanted.add(call.call().name()));
		read(wanted);
		for (PendingCall pending : calls) {
			Call call = pending.call();
			Routine routine = this.existing.get(call.name());
			if (routine != null) {
				Invocations.expand(routine, pending.changeType(), this::routine,
						(violation) -> violations.accept(pending, violation), (name) -> {
						});
			}
			else if (call.procedure()) {
				violations.accept(pending, new Violation(Rule.UNPARSED_SQL_OPAQUE, pending.changeType(), null,
						call.name(), "calls procedure " + call.name() + ", whose body is not inspected"
								+ ((this.failure != null) ? " (" + this.failure + ")" : "")));
			}
		}
	}

	private void read(Set<String> names) {
		Set<String> asked = new HashSet<>();
		Set<String> wanted = names;
		for (int round = 0; round < ROUNDS && !wanted.isEmpty(); round++) {
			asked.addAll(wanted);
			List<String> definitions;
			try {
				definitions = this.catalog.definitions(wanted);
			}
			catch (RoutineCatalogException ex) {
				this.failure = ex.getMessage();
				return;
			}
			Set<String> next = new LinkedHashSet<>();
			for (String definition : definitions) {
				for (Routine routine : this.classifier.classify(definition, "routine", new Existing()).routines()) {
					this.existing.merge(routine.name(), routine, CalledRoutines::overloads);
					routine.calls().stream().filter((name) -> !asked.contains(name)).forEach(next::add);
				}
			}
			wanted = next;
		}
	}

	private Routine routine(String name) {
		Routine routine = this.existing.get(name);
		return (routine != null) ? routine : this.state.routine(name);
	}

	private static Routine overloads(Routine one, Routine other) {
		List<Violation> effects = new ArrayList<>(one.effects());
		effects.addAll(other.effects());
		Set<String> calls = new LinkedHashSet<>(one.calls());
		calls.addAll(other.calls());
		return new Routine(one.name(), one.origin(), effects, calls);
	}

	/**
	 * A call of a routine that was not known where it was made.
	 *
	 * @param changeSet the changeset that makes the call
	 * @param approved the rules that changeset is approved for
	 * @param changeType the change type of the call
	 * @param call the call
	 */
	record PendingCall(ChangeSetId changeSet, Set<Rule> approved, String changeType, Call call) {

	}

	/**
	 * The context routines read from the catalog are classified in.
	 */
	private final class Existing implements SqlContext {

		@Override
		public Routine routine(String name) {
			return CalledRoutines.this.existing.get(name);
		}

		@Override
		public boolean isNewColumn(String table, String column) {
			return false;
		}

		@Override
		public String origin() {
			return ORIGIN;
		}

	}

}
