package dev.ratchet.lint;

import java.util.List;
import java.util.Objects;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.resource.ResourceAccessor;

/**
 * A changelog as Liquibase parsed it, and where its files are read from: what static lint
 * reads from a checkout and what the boot-time update parsed once for everything after it.
 *
 * @param path the changelog's path as Liquibase names it
 * @param databaseChangeLog the parsed changelog
 * @param resources where its files, and those its changes refer to, are read from
 */
public record ParsedChangeLog(String path, DatabaseChangeLog databaseChangeLog, ResourceAccessor resources) {

	/**
	 * Creates a new instance.
	 */
	public ParsedChangeLog {
		Objects.requireNonNull(databaseChangeLog, "databaseChangeLog");
		Objects.requireNonNull(resources, "resources");
	}

	/**
	 * Returns the changesets in changelog order, those marked {@code ignore} left out.
	 * @return the changesets
	 */
	public List<ChangeSet> changeSets() {
		return this.databaseChangeLog.getChangeSets().stream().filter((changeSet) -> !changeSet.isIgnore()).toList();
	}

	/**
	 * Returns the file a changeset was read from, as a path of the search path: its
	 * {@code logicalFilePath}, which DATABASECHANGELOG records, may name no file.
	 * @param changeSet a changeset of a parsed changelog
	 * @return the file's path
	 */
	public static String fileOf(ChangeSet changeSet) {
		DatabaseChangeLog file = changeSet.getChangeLog();
		return (file != null && file.getPhysicalFilePath() != null) ? file.getPhysicalFilePath()
				: changeSet.getFilePath();
	}

}
