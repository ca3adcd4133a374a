package dev.ratchet.actuate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.compat.CompatState;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.lint.Finding;
import dev.ratchet.liquibase.MigrationSnapshots;
import dev.ratchet.state.AppliedChangeSet;
import dev.ratchet.state.ChangeLogInfo;
import dev.ratchet.state.ChecksumMismatch;
import dev.ratchet.state.DatabaseInfo;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.LockState;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import dev.ratchet.state.PendingChangeSet;
import dev.ratchet.state.RunOutcome;
import dev.ratchet.state.Summary;
import dev.ratchet.state.UnexpectedChangeSet;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@link Endpoint @Endpoint} that reports where every Liquibase changelog's database
 * stands: applied, pending, blocked, failed, drifted, the lock and compat mode. Served
 * from the snapshot; a request never touches the database.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private final MigrationSnapshots snapshots;

	/**
	 * Creates a new instance.
	 * @param snapshots the snapshots to report
	 */
	public MigrationsEndpoint(MigrationSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	/**
	 * Returns the state of every Liquibase bean.
	 * @return the report
	 */
	@ReadOperation
	public MigrationsDescriptor migrations() {
		Map<String, LiquibaseBeanDescriptor> beans = new LinkedHashMap<>();
		Instant checkedAt = null;
		for (Map.Entry<String, MigrationState> entry : this.snapshots.current().entrySet()) {
			MigrationState state = entry.getValue();
			beans.put(entry.getKey(), LiquibaseBeanDescriptor.of(state));
			if (checkedAt == null || (state.checkedAt() != null && state.checkedAt().isAfter(checkedAt))) {
				checkedAt = state.checkedAt();
			}
		}
		MigrationStatus status = MigrationStatus
			.worstOf(beans.values().stream().map(LiquibaseBeanDescriptor::status).toList());
		return new MigrationsDescriptor(status, checkedAt, beans);
	}

	/**
	 * The state of every Liquibase bean.
	 *
	 * @param status the worst bean's status
	 * @param checkedAt when the latest snapshot was taken
	 * @param liquibaseBeans the state of each bean, by bean name
	 */
	public record MigrationsDescriptor(MigrationStatus status, Instant checkedAt,
			Map<String, LiquibaseBeanDescriptor> liquibaseBeans) implements OperationResponseBody {
	}

	/**
	 * The state of one Liquibase bean.
	 *
	 * @param status its status
	 * @param database the database, credentials removed from its URL
	 * @param changeLog the changelog
	 * @param summary the counts
	 * @param lastRun the boot-time update
	 * @param pending the pending changesets
	 * @param findings the findings on pending changesets
	 * @param recentlyApplied the most recently applied changesets
	 * @param unexpected changesets applied but absent from the changelog
	 * @param checksumMismatches applied changesets edited afterwards
	 * @param lock the changelog lock
	 * @param drift how the database disagrees with the entities and the changelog
	 * @param compat what compat mode degrades
	 * @param error why the state could not be read, when the status is {@code UNKNOWN}
	 */
	public record LiquibaseBeanDescriptor(MigrationStatus status, DatabaseInfo database, ChangeLogInfo changeLog,
			Summary summary, LastRunDescriptor lastRun, List<PendingChangeSet> pending,
			List<FindingDescriptor> findings, List<AppliedChangeSet> recentlyApplied,
			List<UnexpectedChangeSet> unexpected, List<ChecksumMismatch> checksumMismatches, LockDescriptor lock,
			List<DriftDescriptor> drift, CompatState compat, String error) {

		static LiquibaseBeanDescriptor of(MigrationState state) {
			return new LiquibaseBeanDescriptor(state.status(), state.database(), state.changeLog(), state.summary(),
					LastRunDescriptor.of(state.lastRun()), state.pending(),
					state.findings().stream().map(FindingDescriptor::of).toList(), state.recentlyApplied(),
					state.unexpected(), state.checksumMismatches(), LockDescriptor.of(state.lock()),
					state.drift().stream().map(DriftDescriptor::of).toList(), state.compat(), state.error());
		}

	}

	/**
	 * The boot-time update.
	 *
	 * @param startedAt when it started
	 * @param durationMs how long it took
	 * @param outcome how it ended
	 * @param ran how many changesets ran
	 * @param failedChangeSet the changeset that failed
	 * @param error the error
	 * @param lockTimeouts how often a statement of the update hit the lock timeout
	 */
	public record LastRunDescriptor(Instant startedAt, long durationMs, RunOutcome outcome, int ran,
			String failedChangeSet, String error, int lockTimeouts) {

		static LastRunDescriptor of(LastRun run) {
			return (run != null) ? new LastRunDescriptor(run.startedAt(), run.durationMs(), run.outcome(), run.ran(),
					run.failedChangeSet(), run.error(), run.lockTimeouts()) : null;
		}

	}

	/**
	 * The changelog lock.
	 *
	 * @param locked whether it is held
	 * @param lockedBy who holds it
	 * @param lockedSince since when
	 * @param stale whether it is held longer than {@code ratchet.lock.stale-after}
	 */
	public record LockDescriptor(boolean locked, String lockedBy, Instant lockedSince, boolean stale) {

		static LockDescriptor of(LockState lock) {
			return new LockDescriptor(lock.locked(), lock.lockedBy(), lock.lockedSince(), lock.stale());
		}

	}

	/**
	 * A finding on a pending changeset.
	 *
	 * @param rule the rule id
	 * @param severity the severity in force
	 * @param approved whether the changeset was approved for the rule
	 * @param changeSet the changeset, {@code file::id::author}
	 * @param changeType the Liquibase change type
	 * @param target what the change touches
	 * @param message what the change does
	 * @param suggestion the safe alternative
	 */
	public record FindingDescriptor(String rule, String severity, boolean approved, String changeSet,
			String changeType, String target, String message, String suggestion) {

		static FindingDescriptor of(Finding finding) {
			return new FindingDescriptor(finding.rule().id(), finding.severity().id(), finding.approved(),
					finding.changeSet().toString(), finding.changeType(), finding.target(), finding.message(),
					finding.suggestion());
		}

	}

	/**
	 * A drift item.
	 *
	 * @param kind the kind
	 * @param severity the severity
	 * @param table the table
	 * @param column the column
	 * @param entity the entity
	 * @param changeSet the changeset, for changelog drift
	 * @param expected what the entities or the changelog expect
	 * @param actual what the database has
	 */
	public record DriftDescriptor(String kind, String severity, String table, String column, String entity,
			String changeSet, String expected, String actual) {

		static DriftDescriptor of(DriftItem item) {
			return new DriftDescriptor(item.kind(), item.severity(), item.table(), item.column(), item.entity(),
					item.changeSet(), item.expected(), item.actual());
		}

	}

}
