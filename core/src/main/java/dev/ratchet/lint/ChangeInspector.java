package dev.ratchet.lint;

import java.util.List;

import dev.ratchet.lint.rule.Violation;
import liquibase.change.Change;

/**
 * Finds what a single Liquibase change does that a rule catches.
 *
 * @param <C> the change type it inspects
 */
@FunctionalInterface
public interface ChangeInspector<C extends Change> {

	/**
	 * Inspects a change.
	 * @param change the change
	 * @return the violations, empty when the change is harmless
	 */
	List<Violation> inspect(C change);

}
