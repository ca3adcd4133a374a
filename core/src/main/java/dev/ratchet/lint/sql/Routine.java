package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.ratchet.lint.rule.Violation;

/**
 * A function or procedure and what its body does when it is called: the violations of its
 * statements and the routines it calls in turn.
 *
 * @param name the routine's name, lower case without schema
 * @param origin where it comes from, such as {@code created in changeset db/a.yaml::1::ana} or
 * {@code as it exists in the database}
 * @param effects what its body does that rules catch
 * @param calls the routines its body calls, lower case
 */
public record Routine(String name, String origin, List<Violation> effects, Set<String> calls) {

	/**
	 * Creates a new instance.
	 */
	public Routine {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(origin, "origin");
		effects = List.copyOf(effects);
		calls = Set.copyOf(calls);
	}

	/**
	 * Returns whether calling this routine does nothing rules catch, directly.
	 * @return whether its body has no effects
	 */
	public boolean isHarmless() {
		return this.effects.isEmpty() && this.calls.isEmpty();
	}

}
