package dev.ratchet.boot.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.fleet.FleetSettings;
import dev.ratchet.fleet.FleetTable;
import dev.ratchet.fleet.LiveMappingFindings;
import dev.ratchet.fleet.LiveMappings;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintReport;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Checks the pending changesets against the live instances of the fleet before the update:
 * reads Ratchet's table of instances on the migration session and adds a
 * {@code live-mapping} finding for each drop, rename or retype of what a live one maps. A
 * table that is not there, or cannot be read, leaves the lint as it is.
 */
final class FleetAtBoot {

	private static final Log logger = LogFactory.getLog(FleetAtBoot.class);

	private FleetAtBoot() {
	}

	/**
	 * Returns the lint with the live-mapping findings added.
	 * @param report the lint of the pending changesets
	 * @param pending the pending changesets
	 * @param database the database, on the migration session
	 * @param fleet the fleet settings
	 * @param policy the application's policy
	 * @return the lint
	 */
	static LintReport check(LintReport report, List<ChangeSet> pending, Database database, FleetSettings fleet,
			LintPolicy policy) {
		if (!fleet.enabled() || report.findings().isEmpty()
				|| !(database.getConnection() instanceof JdbcConnection jdbc)) {
			return report;
		}
		Map<ChangeSetId, String> comments = new LinkedHashMap<>();
		pending.forEach((changeSet) -> comments.put(ChangeSetId.of(changeSet), changeSet.getComments()));
		return LiveMappingFindings.addTo(report, comments, policy,
				liveMappings(jdbc.getUnderlyingConnection(), fleet));
	}

	private static LiveMappings liveMappings(Connection connection, FleetSettings fleet) {
		FleetTable table = fleet.table();
		try {
			if (!table.exists(connection)) {
				return LiveMappings.none();
			}
			return LiveMappings.of(table.read(connection), Instant.now(), fleet.ttl());
		}
		catch (SQLException ex) {
			logger.warn("Could not read the instances of the fleet from " + table.name()
					+ "; pending drops are not checked against live releases: " + ex.getMessage());
			try {
				if (!connection.getAutoCommit()) {
					connection.rollback();
				}
			}
			catch (SQLException rollback) {
				ex.addSuppressed(rollback);
			}
			return LiveMappings.none();
		}
	}

}
