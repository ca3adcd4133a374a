package dev.ratchet.lint.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Leaves the connection Liquibase migrates with usable after a catalog query failed: on
 * PostgreSQL a failed statement aborts the open transaction, so it is rolled back.
 */
final class ReadOnlyQueries {

	private ReadOnlyQueries() {
	}

	static void rollBackAfter(Connection connection, SQLException failure) {
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

}
