package dev.ratchet.boot.liquibase;

import java.sql.SQLException;
import java.util.Set;

import dev.ratchet.Causes;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;

/**
 * Tells a changeset that failed because what it creates already exists: PostgreSQL SQLSTATE
 * {@code 42P07}, {@code 42701}, {@code 42710}, {@code 42P06}, {@code 42723}; MariaDB and MySQL
 * errors 1050, 1060, 1061, 1304, 1826; H2 errors 42101, 42111, 42121, 90035, 90045, 90076. When
 * that happens on a changeset's first change, the changeset most likely ran before and its
 * DATABASECHANGELOG row was never written: an update interrupted between the two, where they
 * cannot be one transaction.
 */
final class AppliedButNotRecorded {

	private static final Set<String> SQL_STATES = Set.of("42P07", "42701", "42710", "42P06", "42723");

	private static final Set<Integer> ERROR_CODES = Set.of(1050, 1060, 1061, 1304, 1826, 42101, 42111, 42121, 90035,
			90045, 90076);

	private AppliedButNotRecorded() {
	}

	/**
	 * Finds a changeset that failed on its first change because what it creates exists, and
	 * reads what else it creates that the database lacks.
	 * @param failure why the changeset failed
	 * @param changeSet the changeset
	 * @param database the database, after Liquibase rolled the changeset back
	 * @return what exists and what is missing, or {@code null} when the failure is another one
	 */
	static RanBefore find(Throwable failure, ChangeSet changeSet, Database database) {
		String existing = existing(failure);
		return (existing != null) ? new RanBefore(existing, CreatedObjects.missing(changeSet, database)) : null;
	}

	/**
	 * Returns what already exists, as the database said it.
	 * @param failure why the changeset failed
	 * @return the database's message, such as {@code column "c2" of relation "t0034" already
	 * exists}, or {@code null} when the failure is not about an object that exists
	 */
	static String existing(Throwable failure) {
		for (Throwable cause : Causes.chain(failure)) {
			if (cause instanceof SQLException sql) {
				for (SQLException next = sql; next != null; next = next.getNextException()) {
					if (SQL_STATES.contains(next.getSQLState()) || ERROR_CODES.contains(next.getErrorCode())) {
						return firstLine(next.getMessage());
					}
				}
			}
		}
		return null;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "an object it creates already exists";
		}
		String line = message.lines().findFirst().orElse(message).trim();
		return line.startsWith("ERROR: ") ? line.substring("ERROR: ".length()) : line;
	}

}
