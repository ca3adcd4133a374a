package dev.ratchet.lint.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.ratchet.lint.rule.Violation;

/**
 * What calling a routine does: the effects of its body, and of the routines it calls in
 * turn, each reported as a violation of the statement that makes the call and naming where
 * the routine comes from.
 */
public final class Invocations {

	private static final int DEPTH_LIMIT = 8;

	private Invocations() {
	}

	/**
	 * Reports what calling a routine does.
	 * @param routine the routine called
	 * @param changeType the change type of the statement that calls it
	 * @param routines finds the routines the body calls, {@code null} for one not known
	 * @param violations receives what the call does
	 * @param unknown receives the routines the body calls that are not known
	 */
	public static void expand(Routine routine, String changeType, Function<String, Routine> routines,
			Consumer<Violation> violations, Consumer<String> unknown) {
		expand(routine, "calls ", changeType, routines, violations, unknown, new ArrayDeque<>());
	}

	private static void expand(Routine routine, String prefix, String changeType, Function<String, Routine> routines,
			Consumer<Violation> violations, Consumer<String> unknown, Deque<String> calling) {
		if (calling.contains(routine.name()) || calling.size() >= DEPTH_LIMIT) {
			return;
		}
		calling.push(routine.name());
		String chain = prefix + routine.name() + "() (" + routine.origin() + ")";
		for (Violation effect : routine.effects()) {
			violations.accept(new Violation(effect.rule(), changeType, effect.table(), effect.target(),
					chain + ", whose body " + effect.message()));
		}
		for (String name : routine.calls()) {
			Routine called = routines.apply(name);
			if (called != null) {
				expand(called, chain + ", which calls ", changeType, routines, violations, unknown, calling);
			}
			else {
				unknown.accept(name);
			}
		}
		calling.pop();
	}

}
