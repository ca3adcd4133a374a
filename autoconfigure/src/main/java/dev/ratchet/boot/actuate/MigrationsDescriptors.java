package dev.ratchet.boot.actuate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.ratchet.boot.fleet.FleetSnapshot;
import dev.ratchet.compat.CompatState;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.lint.Finding;
import dev.ratchet.lock.LockState;
import dev.ratchet.state.AppliedChangeSet;
import dev.ratchet.state.ChangeLogInfo;
import dev.ratchet.state.ChecksumMismatch;
import dev.ratchet.state.DatabaseInfo;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import dev.ratchet.state.PendingChangeSet;
import dev.ratchet.state.RunOutcome;
import dev.ratchet.state.Summary;
import dev.ratchet.state.UnexpectedChangeSet;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * The JSON of {@code /actuator/migrations}, as the contract spells it. Every part is a
 * record of this package, copied from the state, so renaming a component of a state record
 * never changes what users' dashboards and scripts read.
 */
public final class MigrationsDescriptors {

	private MigrationsDescriptors() {
	}

	private static <S, D> List<D> each(List<S> items, Function<S, D> descriptor) {
		return (items != null) ? items.stream().map(descriptor).toList() : List.of();
	}

	/**
	 * The state of every Liquibase bean.
	 *
	 * @param status the worst bean's status
	 * @param checkedAt when the latest snapshot was taken
	 * @param liquibaseBeans the state of each bean, by bean name
	 * @param fleet the live instances and what none of them maps, {@code null} with fleet
	 * features off
	 */
	public record MigrationsDescriptor(MigrationStatus status, Instant checkedAt,
			Map<String, LiquibaseBeanDescriptor> liquibaseBeans, FleetDescriptor fleet) implements OperationResponseBody {
	}

	/**
	 * The fleet: the live instances and what can be contracted now.
	 *
	 * @param instances the live instances, this one included
	 * @param contractable the tables and columns in the database no live instance maps
	 * @param suggestedContractChangeLog the changelog that drops them, {@code null} when there
	 * is nothing to drop
	 */
	public record FleetDescriptor(List<InstanceDescriptor> instances, List<ContractableDescriptor> contractable,
			String suggestedContractChangeLog) {

		static FleetDescriptor of(FleetSnapshot fleet) {
			return new FleetDescriptor(fleet.instances().stream()
				.map((instance) -> new InstanceDescriptor(instance.application(), instance.version(), instance.host(),
						instance.startedAt(), instance.lastSeen(), instance.id().equals(fleet.self())))
				.toList(),
					fleet.contractable().stream()
						.map((drop) -> new ContractableDescriptor(drop.table(), drop.column(), drop.lastMappedBy(),
								drop.unmappedSince()))
						.toList(),
					fleet.suggestedContractChangeLog());
		}

	}

	/**
	 * A live instance.
	 *
	 * @param application its {@code spring.application.name}
	 * @param version its release version
	 * @param host the host it runs on
	 * @param startedAt when it started
	 * @param lastSeen its last heartbeat
	 * @param self whether it is the instance answering
	 */
	public record InstanceDescriptor(String application, String version, String host, Instant startedAt,
			Instant lastSeen, boolean self) {
	}

	/**
	 * A table or column no live instance maps.
	 *
	 * @param table the table
	 * @param column the column, {@code null} when no live instance maps the table at all
	 * @param lastMappedBy the release that mapped it last, when known
	 * @param unmappedSince when that release was last seen, when known
	 */
	public record ContractableDescriptor(String table, String column, String lastMappedBy, Instant unmappedSince) {
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
	 * @param lock the migration lock
	 * @param drift how the database disagrees with the entities and the changelog
	 * @param compat what compat mode degrades
	 * @param suggestedChangeLog the additive YAML changelog that gives the database what the
	 * entities map and it lacks, {@code null} when nothing is missing
	 * @param error why the state could not be read, when the status is {@code UNKNOWN}
	 */
	public record LiquibaseBeanDescriptor(MigrationStatus status, DatabaseDescriptor database,
			ChangeLogDescriptor changeLog, SummaryDescriptor summary, LastRunDescriptor lastRun,
			List<PendingDescriptor> pending, List<FindingDescriptor> findings,
			List<AppliedDescriptor> recentlyApplied, List<UnexpectedDescriptor> unexpected,
			List<ChecksumMismatchDescriptor> checksumMismatches, LockDescriptor lock, List<DriftDescriptor> drift,
			CompatDescriptor compat, String suggestedChangeLog, String error) {

		static LiquibaseBeanDescriptor of(MigrationState state) {
			return new LiquibaseBeanDescriptor(state.status(), DatabaseDescriptor.of(state.database()),
					ChangeLogDescriptor.of(state.changeLog()), SummaryDescriptor.of(state.summary()),
					LastRunDescriptor.of(state.lastRun()), each(state.pending(), PendingDescriptor::of),
					each(state.findings(), FindingDescriptor::of), each(state.recentlyApplied(), AppliedDescriptor::of),
					each(state.unexpected(), UnexpectedDescriptor::of),
					each(state.checksumMismatches(), ChecksumMismatchDescriptor::of), LockDescriptor.of(state.lock()),
					each(state.drift(), DriftDescriptor::of), CompatDescriptor.of(state.compat()),
					state.suggestedChangeLog(), state.error());
		}

	}

	/**
	 * What the {@code migrations} health indicator says of one Liquibase bean: the parts of
	 * its {@link LiquibaseBeanDescriptor} a probe needs.
	 *
	 * @param status its status
	 * @param summary the counts
	 * @param restartRequired whether columns compat mode degrades have appeared since startup
	 * @param error why the state could not be read, {@code null} when it was read
	 */
	public record BeanHealthDescriptor(MigrationStatus status, SummaryDescriptor summary, boolean restartRequired,
			String error) {

		/**
		 * Returns the health details of a bean's state.
		 * @param state the state
		 * @return the details
		 */
		public static BeanHealthDescriptor of(MigrationState state) {
			return new BeanHealthDescriptor(state.status(), SummaryDescriptor.of(state.summary()),
					state.compat().restartRequired(), state.error());
		}

	}

	/**
	 * The database.
	 *
	 * @param product the product name
	 * @param version the product version
	 * @param url the JDBC URL without credentials
	 * @param defaultSchema the default schema
	 */
	public record DatabaseDescriptor(String product, String version, String url, String defaultSchema) {

		static DatabaseDescriptor of(DatabaseInfo info) {
			return (info != null) ? new DatabaseDescriptor(info.product(), info.version(), info.url(),
					info.defaultSchema()) : null;
		}

	}

	/**
	 * The changelog.
	 *
	 * @param path its path
	 * @param changeSets how many changesets it has
	 * @param liquibaseVersion the Liquibase that reads it
	 */
	public record ChangeLogDescriptor(String path, int changeSets, String liquibaseVersion) {

		static ChangeLogDescriptor of(ChangeLogInfo info) {
			return (info != null) ? new ChangeLogDescriptor(info.path(), info.changeSets(), info.liquibaseVersion())
					: null;
		}

	}

	/**
	 * The counts.
	 *
	 * @param applied applied changesets
	 * @param pending pending changesets
	 * @param blocked blocking findings not approved
	 * @param approved approved findings
	 * @param warnings findings that warn
	 * @param unexpected changesets applied but absent from the changelog
	 * @param checksumMismatches applied changesets edited afterwards
	 * @param drift drift items
	 * @param compatColumns columns compat mode degrades
	 */
	public record SummaryDescriptor(int applied, int pending, int blocked, int approved, int warnings,
			int unexpected, int checksumMismatches, int drift, int compatColumns) {

		static SummaryDescriptor of(Summary summary) {
			return (summary != null) ? new SummaryDescriptor(summary.applied(), summary.pending(), summary.blocked(),
					summary.approved(), summary.warnings(), summary.unexpected(), summary.checksumMismatches(),
					summary.drift(), summary.compatColumns()) : null;
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
	 * A pending changeset.
	 *
	 * @param changeSet the changeset, {@code file::id::author}
	 * @param changeTypes its change types
	 */
	public record PendingDescriptor(String changeSet, List<String> changeTypes) {

		static PendingDescriptor of(PendingChangeSet pending) {
			return new PendingDescriptor(pending.changeSet(), List.copyOf(pending.changeTypes()));
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
	 * A recently applied changeset.
	 *
	 * @param changeSet the changeset, {@code file::id::author}
	 * @param dateExecuted when it ran
	 * @param execType how it ran ({@code EXECUTED}, {@code MARK_RAN}, …)
	 * @param checksum its stored checksum
	 */
	public record AppliedDescriptor(String changeSet, Instant dateExecuted, String execType, String checksum) {

		static AppliedDescriptor of(AppliedChangeSet applied) {
			return new AppliedDescriptor(applied.changeSet(), applied.dateExecuted(), applied.execType(),
					applied.checksum());
		}

	}

	/**
	 * A changeset applied but absent from the changelog.
	 *
	 * @param changeSet the changeset, {@code file::id::author}
	 * @param dateExecuted when it ran
	 */
	public record UnexpectedDescriptor(String changeSet, Instant dateExecuted) {

		static UnexpectedDescriptor of(UnexpectedChangeSet unexpected) {
			return new UnexpectedDescriptor(unexpected.changeSet(), unexpected.dateExecuted());
		}

	}

	/**
	 * An applied changeset edited afterwards.
	 *
	 * @param changeSet the changeset, {@code file::id::author}
	 * @param storedChecksum the checksum stored when it ran
	 * @param currentChecksum the checksum of the changeset as the changelog has it now
	 */
	public record ChecksumMismatchDescriptor(String changeSet, String storedChecksum, String currentChecksum) {

		static ChecksumMismatchDescriptor of(ChecksumMismatch mismatch) {
			return new ChecksumMismatchDescriptor(mismatch.changeSet(), mismatch.storedChecksum(),
					mismatch.currentChecksum());
		}

	}

	/**
	 * The migration lock.
	 *
	 * @param locked whether it is held
	 * @param lockedBy who holds it
	 * @param lockedSince since when
	 * @param stale whether it is stale
	 */
	public record LockDescriptor(boolean locked, String lockedBy, Instant lockedSince, boolean stale) {

		static LockDescriptor of(LockState lock) {
			return (lock != null) ? new LockDescriptor(lock.locked(), lock.lockedBy(), lock.lockedSince(), lock.stale())
					: null;
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
			return new DriftDescriptor(item.kind().id(), item.severity().id(), item.table(), item.column(), item.entity(),
					item.changeSet(), item.expected(), item.actual());
		}

	}

	/**
	 * What compat mode degrades.
	 *
	 * @param active whether compat mode is on
	 * @param restartRequired whether degraded columns now exist and only a restart uses them
	 * @param columns the columns read as null and never written
	 * @param unavailable the entities compat mode cannot serve
	 */
	public record CompatDescriptor(boolean active, boolean restartRequired, List<CompatColumnDescriptor> columns,
			List<UnavailableDescriptor> unavailable) {

		static CompatDescriptor of(CompatState compat) {
			return (compat != null) ? new CompatDescriptor(compat.active(), compat.restartRequired(),
					each(compat.columns(), CompatColumnDescriptor::of),
					each(compat.unavailable(), UnavailableDescriptor::of)) : null;
		}

	}

	/**
	 * A column compat mode degrades.
	 *
	 * @param entity the entity
	 * @param table the table
	 * @param column the column
	 */
	public record CompatColumnDescriptor(String entity, String table, String column) {

		static CompatColumnDescriptor of(CompatState.DegradedColumn column) {
			return new CompatColumnDescriptor(column.entity(), column.table(), column.column());
		}

	}

	/**
	 * An entity compat mode cannot serve.
	 *
	 * @param entity the entity
	 * @param table its table
	 * @param reason why, such as {@code missing-table}
	 */
	public record UnavailableDescriptor(String entity, String table, String reason) {

		static UnavailableDescriptor of(CompatState.UnavailableEntity entity) {
			return new UnavailableDescriptor(entity.entity(), entity.table(), entity.reason());
		}

	}

}
