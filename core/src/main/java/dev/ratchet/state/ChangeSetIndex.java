package dev.ratchet.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;

/**
 * Finds the changesets of a changelog that an applied changeset stands for, as
 * {@link DatabaseChangeLog#getChangeSets(RanChangeSet)} does (id and author ignoring case,
 * the normalized path, the changelog's dbms filter), by lookup instead of a scan of the
 * whole changelog for every applied changeset.
 */
final class ChangeSetIndex {

	private final DatabaseChangeLog changeLog;

	private final Map<String, List<ChangeSet>> byIdAndAuthor = new HashMap<>();

	ChangeSetIndex(DatabaseChangeLog changeLog) {
		this.changeLog = changeLog;
		for (ChangeSet changeSet : changeLog.getChangeSets()) {
			this.byIdAndAuthor.computeIfAbsent(key(changeSet.getId(), changeSet.getAuthor()), (key) -> new ArrayList<>())
				.add(changeSet);
		}
	}

	/**
	 * Returns the changesets an applied changeset stands for.
	 * @param ran the applied changeset
	 * @return its changesets, empty when the changelog no longer has it
	 */
	List<ChangeSet> find(RanChangeSet ran) {
		List<ChangeSet> candidates = this.byIdAndAuthor.get(key(ran.getId(), ran.getAuthor()));
		String path = DatabaseChangeLog.normalizePath(ran.getChangeLog());
		if (candidates == null || path == null) {
			return List.of();
		}
		List<ChangeSet> found = new ArrayList<>();
		for (ChangeSet changeSet : candidates) {
			String candidatePath = DatabaseChangeLog.normalizePath(changeSet.getFilePath());
			if (candidatePath != null && candidatePath.equalsIgnoreCase(path)
					&& this.changeLog.isDbmsMatch(changeSet.getDbmsSet())) {
				found.add(changeSet);
			}
		}
		return found;
	}

	private static String key(String id, String author) {
		return String.valueOf(id).toLowerCase(Locale.ROOT) + "::" + String.valueOf(author).toLowerCase(Locale.ROOT);
	}

}
