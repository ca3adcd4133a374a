package dev.ratchet.boot.liquibase;

import dev.ratchet.boot.session.HeldCommits;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;

/**
 * Makes a changeset and its DATABASECHANGELOG row one transaction where DDL is
 * transactional. Liquibase commits a changeset's statements ({@code ChangeSet.execute}),
 * then writes and commits its row ({@code markChangeSetExecStatus}), then commits again
 * ({@code UpdateVisitor.visit}); a session that dies between the first two commits leaves the
 * change applied and unrecorded. Holding the migration session's commits from the changeset's
 * start until its row is written leaves only the last commit, which takes both or neither.
 */
final class AtomicRecord {

	private AtomicRecord() {
	}

	/**
	 * Holds the commits of the connection a changeset runs on, when it runs in a transaction
	 * on a database whose DDL is transactional and the connection is a migration session's.
	 * @param database the database the changeset runs on
	 * @param changeSet the changeset about to run
	 * @return the held connection, to release once the changeset is recorded or failed, or
	 * {@code null} when nothing is held
	 */
	static HeldCommits hold(Database database, ChangeSet changeSet) {
		if (!changeSet.isRunInTransaction() || DdlLeftovers.commitsDdl(database)
				|| !(database.getConnection() instanceof JdbcConnection jdbc)
				|| !(jdbc.getUnderlyingConnection() instanceof HeldCommits held)) {
			return null;
		}
		held.holdCommits();
		return held;
	}

}
