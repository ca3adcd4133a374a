package dev.ratchet.state;

import liquibase.changelog.DatabaseChangeLog;
import liquibase.resource.ResourceAccessor;

/**
 * A parsed changelog and the filters its update runs with.
 *
 * @param path the changelog path as configured
 * @param changeLog the parsed changelog
 * @param resourceAccessor where the changelog's files (such as {@code sqlFile}s) are read from
 * @param contexts the contexts expression, or {@code null}
 * @param labels the label filter expression, or {@code null}
 * @param tag the tag the update stops at, or {@code null}
 */
public record ChangeLogTarget(String path, DatabaseChangeLog changeLog, ResourceAccessor resourceAccessor,
		String contexts, String labels, String tag) {

}
