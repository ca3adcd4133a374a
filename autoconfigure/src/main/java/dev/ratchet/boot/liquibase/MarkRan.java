package dev.ratchet.boot.liquibase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ratchet.lint.ChangeSetId;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Records the changesets of {@code ratchet.migration.mark-ran} as run before the update:
 * changesets that were applied but not recorded. Each must be in the changelog and what it
 * creates must be in the database ({@link CreatedObjects}); if any is not, none is recorded
 * and the update stops. One already recorded is left as it is.
 */
final class MarkRan {

	private static final Log logger = LogFactory.getLog(MarkRan.class);

	private MarkRan() {
	}

	/**
	 * Records the changesets as run.
	 * @param changeSets the changesets, {@code file::id::author}
	 * @param changeLog the parsed changelog
	 * @param database the database, on the migration session
	 * @param beanName the {@code SpringLiquibase} bean, for messages
	 * @throws MarkRanRefusedException when a changeset is not in the changelog or its objects
	 * are not in the database
	 * @throws LiquibaseException when DATABASECHANGELOG cannot be read or written
	 */
	static void record(List<String> changeSets, DatabaseChangeLog changeLog, Database database, String beanName)
			throws LiquibaseException {
		if (changeSets.isEmpty()) {
			return;
		}
		ChangeLogHistoryService history = ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database);
		history.init();
		List<RanChangeSet> ran = history.getRanChangeSets();
		List<ChangeSet> toRecord = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (String name : changeSets) {
			Optional<ChangeSet> changeSet = find(changeLog, name);
			if (changeSet.isEmpty()) {
				refused.add(name + " is not in the changelog");
				continue;
			}
			if (ran.stream().anyMatch((row) -> row.isSameAs(changeSet.get()))) {
				logger.info("ratchet.migration.mark-ran: " + name + " is already recorded as run; remove it from the "
						+ "property");
				continue;
			}
			List<String> missing = CreatedObjects.missing(changeSet.get(), database);
			if (!missing.isEmpty()) {
				refused.add(name + " was not applied: " + String.join(", ", missing) + " not in the database");
				continue;
			}
			toRecord.add(changeSet.get());
		}
		if (!refused.isEmpty()) {
			throw new MarkRanRefusedException(beanName, refused);
		}
		for (ChangeSet changeSet : toRecord) {
			history.setExecType(changeSet, ChangeSet.ExecType.MARK_RAN);
			database.commit();
			logger.warn("Recorded changeset " + changeSet + " as run (ratchet.migration.mark-ran): what it creates is in "
					+ "the database. Remove it from the property.");
		}
	}

	private static Optional<ChangeSet> find(DatabaseChangeLog changeLog, String name) {
		ChangeSetId wanted;
		try {
			wanted = ChangeSetId.parse(name.trim());
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
		return changeLog.getChangeSets().stream().filter((changeSet) -> ChangeSetId.of(changeSet).equals(wanted))
			.findFirst();
	}

}
