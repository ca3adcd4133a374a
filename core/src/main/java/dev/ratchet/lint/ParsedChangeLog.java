package dev.ratchet.lint;

import java.util.List;

import liquibase.changelog.ChangeSet;

/**
 * A changelog parsed by static lint, while its files are at hand.
 *
 * @param path the changelog's path as Liquibase names it
 * @param changeSets its changesets in order, those marked {@code ignore} left out
 * @param unresolvedParameters the changelog parameters it uses that have no value
 * @param locations where each changeset is written
 */
public record ParsedChangeLog(String path, List<ChangeSet> changeSets, List<UnresolvedParameter> unresolvedParameters,
		ChangeSetLocator locations) {

	/**
	 * Creates a new instance.
	 */
	public ParsedChangeLog {
		changeSets = List.copyOf(changeSets);
		unresolvedParameters = List.copyOf(unresolvedParameters);
	}

}
