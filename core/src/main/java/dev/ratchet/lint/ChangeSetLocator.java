package dev.ratchet.lint;

import java.util.Collection;
import java.util.Map;

import liquibase.changelog.ChangeSet;

/**
 * Finds where changesets are written, for reports.
 */
@FunctionalInterface
public interface ChangeSetLocator {

	/**
	 * Locates changesets.
	 * @param changeSets the changesets
	 * @return where each is written
	 */
	Map<ChangeSetId, ChangeSetLocation> locate(Collection<ChangeSet> changeSets);

}
