package dev.ratchet.lint;

import java.util.List;

/**
 * A changelog parameter ({@code ${name}}) that a changelog uses and nobody gave a value, so
 * Liquibase leaves it as written: the application sets it at run time, or static lint was
 * not told it ({@code -Dname=value}, {@code --parameters}).
 *
 * @param name the parameter's name
 * @param changeSets the changesets that use it, in changelog order
 */
public record UnresolvedParameter(String name, List<ChangeSetId> changeSets) {

	/**
	 * Creates a new instance.
	 */
	public UnresolvedParameter {
		changeSets = List.copyOf(changeSets);
	}

}
