package dev.ratchet.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.ratchet.Causes;
import dev.ratchet.compat.CompatState;
import dev.ratchet.lint.ChangeSetLinter;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.jdbc.JdbcCatalogs;
import dev.ratchet.lock.LockState;
import dev.ratchet.lock.MigrationLocks;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.util.LiquibaseUtil;

/**
 * Reads where a changelog's database stands: DATABASECHANGELOG against the changelog,
 * pending changesets and their findings, the lock. Only reads; never writes a checksum.
 */
public final class MigrationStateReader {

	private static final int RECENTLY_APPLIED = 10;

	private final LintPolicy policy;

	private final Duration staleAfter;

	private final Clock clock;

	/**
	 * Creates a new instance.
	 * @param policy the severities and approvals pending changesets are linted with
	 * @param staleAfter how long the changelog lock may be held before it is stale
	 * @param clock the clock
	 */
	public MigrationStateReader(LintPolicy policy, Duration staleAfter, Clock clock) {
		this.policy = policy;
		this.staleAfter = staleAfter;
		this.clock = clock;
	}

	/**
	 * Reads the state. Never throws: a failure gives a state with status
	 * {@link MigrationStatus#UNKNOWN} and the error.
	 * @param target the changelog and its filters
	 * @param database the database, connected
	 * @param databaseUrl the JDBC URL, sanitized before it is reported
	 * @param lastRun the boot-time update, or {@code null}
	 * @return the state
	 */
	public MigrationState read(ChangeLogTarget target, Database database, String databaseUrl, LastRun lastRun) {
		return read(target, database, databaseUrl, lastRun, AlreadyChecked.nothing());
	}

	/**
	 * Reads the state, trusting what the boot-time update checked moments before: computing
	 * a checksum renders the changeset, which for a long changelog is most of the read;
	 * pending changesets the update linted are not linted again, and when it found none they
	 * are not listed again.
	 * @param target the changelog and its filters
	 * @param database the database, connected
	 * @param databaseUrl the JDBC URL, sanitized before it is reported
	 * @param lastRun the boot-time update, or {@code null}
	 * @param checked what the update checked
	 * @return the state
	 */
	public MigrationState read(ChangeLogTarget target, Database database, String databaseUrl, LastRun lastRun,
			AlreadyChecked checked) {
		Instant now = this.clock.instant();
		try {
			return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), target.changeLog().resources()),
					() -> readInScope(target, database, databaseUrl, lastRun, checked, now));
		}
		catch (Exception ex) {
			return MigrationState.unknown(now, lastRun, describe(ex));
		}
		finally {
			ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database).reset();
		}
	}

	private MigrationState readInScope(ChangeLogTarget target, Database database, String databaseUrl, LastRun lastRun,
			AlreadyChecked checked, Instant now) throws Exception {
		DatabaseChangeLog changeLog = target.changeLog().databaseChangeLog();
		List<RanChangeSet> ran = database.getRanChangeSetList();
		List<ChangeSet> pending = checked.nothingPending() ? List.of()
				: PendingChangeSets.of(changeLog, database, target.contexts(), target.labels(), target.tag());
		LintReport report = checked.lintOf(pending)
			.orElseGet(() -> new ChangeSetLinter(this.policy, JdbcCatalogs.target(database)).lintRun(pending));
		List<UnexpectedChangeSet> unexpected = new ArrayList<>();
		List<ChecksumMismatch> mismatches = new ArrayList<>();
		ChangeSetIndex index = new ChangeSetIndex(changeLog);
		for (RanChangeSet ranChangeSet : ran) {
			List<ChangeSet> inChangeLog = index.find(ranChangeSet);
			if (inChangeLog.isEmpty()) {
				unexpected.add(new UnexpectedChangeSet(ranChangeSet.toString(), instant(ranChangeSet)));
				continue;
			}
			ChecksumMismatch mismatch = checked.checksums() ? null : mismatch(ranChangeSet, inChangeLog);
			if (mismatch != null) {
				mismatches.add(mismatch);
			}
		}
		MigrationState state = new MigrationState(MigrationStatus.UP_TO_DATE, now, databaseInfo(database, databaseUrl),
				new ChangeLogInfo(target.changeLog().path(), changeLog.getChangeSets().size(),
						LiquibaseUtil.getBuildVersion()),
				lastRun, ran.size(), pending.stream().map(MigrationStateReader::pendingOf).toList(), report.findings(),
				recentlyApplied(ran), unexpected, mismatches, lock(database, now), List.of(), CompatState.inactive(),
				null, null);
		return state.withStatus(StatusRules.statusOf(state));
	}

	private static ChecksumMismatch mismatch(RanChangeSet ran, List<ChangeSet> inChangeLog) {
		CheckSum stored = ran.getLastCheckSum();
		if (stored == null) {
			return null;
		}
		for (ChangeSet changeSet : inChangeLog) {
			if (changeSet.shouldRunOnChange() || changeSet.shouldAlwaysRun() || changeSet.isCheckSumValid(stored)) {
				return null;
			}
		}
		ChangeSet changeSet = inChangeLog.get(0);
		CheckSum current = changeSet.generateCheckSum(
				ChecksumVersion.enumFromChecksumVersion(stored.getVersion()));
		return new ChecksumMismatch(ran.toString(), stored.toString(), current.toString());
	}

	private static PendingChangeSet pendingOf(ChangeSet changeSet) {
		return new PendingChangeSet(changeSet.toString(),
				changeSet.getChanges().stream().map(Change::getSerializedObjectName).distinct().toList());
	}

	private static List<AppliedChangeSet> recentlyApplied(List<RanChangeSet> ran) {
		return ran.stream()
			.sorted(Comparator.comparing(MigrationStateReader::instant, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(RanChangeSet::getOrderExecuted, Comparator.nullsFirst(Comparator.naturalOrder()))
				.reversed())
			.limit(RECENTLY_APPLIED)
			.map((r) -> new AppliedChangeSet(r.toString(), instant(r), (r.getExecType() != null) ? r.getExecType().name() : null,
					(r.getLastCheckSum() != null) ? r.getLastCheckSum().toString() : null))
			.toList();
	}

	private static Instant instant(RanChangeSet ran) {
		return (ran.getDateExecuted() != null) ? ran.getDateExecuted().toInstant() : null;
	}

	private static DatabaseInfo databaseInfo(Database database, String url) throws Exception {
		return new DatabaseInfo(database.getDatabaseProductName(), database.getDatabaseProductVersion(),
				JdbcUrls.sanitize(url), database.getDefaultSchemaName());
	}

	private LockState lock(Database database, Instant now) throws Exception {
		return MigrationLocks.read(database, this.staleAfter, now);
	}

	private static String describe(Throwable ex) {
		Throwable cause = Causes.root(ex);
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return (ex == cause || ex.getMessage() == null) ? message : ex.getMessage();
	}

}
