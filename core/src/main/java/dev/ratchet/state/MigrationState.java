package dev.ratchet.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.ratchet.compat.CompatState;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.lint.Finding;
import dev.ratchet.lock.LockState;

/**
 * A snapshot of where one changelog's database stands.
 *
 * @param status the status
 * @param checkedAt when the snapshot was taken
 * @param database the database, or {@code null} when unknown
 * @param changeLog the changelog, or {@code null} when unknown
 * @param lastRun the boot-time update, or {@code null} when it has not run
 * @param applied how many changesets DATABASECHANGELOG records
 * @param pending the pending changesets
 * @param findings the findings on pending changesets
 * @param recentlyApplied the most recently applied changesets, newest first
 * @param unexpected changesets applied but absent from the changelog
 * @param checksumMismatches applied changesets edited afterwards
 * @param lock the changelog lock
 * @param schemaDrift how the database's schema disagrees with the entities; changesets that
 * disagree with the changelog are in {@code unexpected} and {@code checksumMismatches}
 * @param compat what compat mode degrades
 * @param suggestedChangeLog the additive changelog that gives the database what the
 * entities map and it lacks, or {@code null} when nothing is missing
 * @param error why the state could not be read, or {@code null}
 */
public record MigrationState(MigrationStatus status, Instant checkedAt, DatabaseInfo database, ChangeLogInfo changeLog,
		LastRun lastRun, int applied, List<PendingChangeSet> pending, List<Finding> findings,
		List<AppliedChangeSet> recentlyApplied, List<UnexpectedChangeSet> unexpected,
		List<ChecksumMismatch> checksumMismatches, LockState lock, List<DriftItem> schemaDrift, CompatState compat,
		String suggestedChangeLog, String error) {

	/**
	 * Creates a new instance.
	 */
	public MigrationState {
		pending = List.copyOf(pending);
		findings = List.copyOf(findings);
		recentlyApplied = List.copyOf(recentlyApplied);
		unexpected = List.copyOf(unexpected);
		checksumMismatches = List.copyOf(checksumMismatches);
		schemaDrift = List.copyOf(schemaDrift);
	}

	/**
	 * Returns the state of a changelog whose state could not be read.
	 * @param checkedAt when it was tried
	 * @param lastRun the boot-time update, or {@code null}
	 * @param error why it could not be read
	 * @return the state, with status {@link MigrationStatus#UNKNOWN}
	 */
	public static MigrationState unknown(Instant checkedAt, LastRun lastRun, String error) {
		return new MigrationState(MigrationStatus.UNKNOWN, checkedAt, null, null, lastRun, 0, List.of(), List.of(),
				List.of(), List.of(), List.of(), LockState.free(), List.of(), CompatState.inactive(), null, error);
	}

	/**
	 * Returns every way the database disagrees with the changelog and the entities: a drift
	 * item for each checksum mismatch and unexpected changeset, then the schema drift.
	 * @return the drift items
	 */
	public List<DriftItem> drift() {
		List<DriftItem> all = new ArrayList<>();
		this.checksumMismatches.forEach((mismatch) -> all.add(DriftItem.checksumMismatch(mismatch.changeSet(),
				mismatch.storedChecksum(), mismatch.currentChecksum())));
		this.unexpected.forEach((changeSet) -> all.add(DriftItem.unexpectedChangeSet(changeSet.changeSet())));
		all.addAll(this.schemaDrift);
		return all;
	}

	/**
	 * Returns the counts of this state.
	 * @return the summary
	 */
	public Summary summary() {
		int blocked = (int) this.findings.stream().filter(Finding::blocks).count();
		int approved = (int) this.findings.stream().filter(Finding::approved).count();
		int warnings = this.findings.size() - blocked - approved;
		int driftErrors = (int) this.schemaDrift.stream().filter(DriftItem::isError).count();
		return new Summary(this.applied, this.pending.size(), blocked, approved, warnings, this.unexpected.size(),
				this.checksumMismatches.size(), driftErrors, this.compat.columns().size());
	}

	/**
	 * Returns this state with drift and compat from the entities added, its status
	 * recomputed.
	 * @param entityDrift drift between the entities and the database
	 * @param compatState what compat mode degrades
	 * @param suggested the changelog that adds what the database lacks, or {@code null}
	 * @return the new state
	 */
	public MigrationState withEntities(List<DriftItem> entityDrift, CompatState compatState, String suggested) {
		if (this.status == MigrationStatus.UNKNOWN) {
			return this;
		}
		List<DriftItem> allDrift = new ArrayList<>(this.schemaDrift);
		allDrift.addAll(entityDrift);
		MigrationState state = new MigrationState(this.status, this.checkedAt, this.database, this.changeLog,
				this.lastRun, this.applied, this.pending, this.findings, this.recentlyApplied, this.unexpected,
				this.checksumMismatches, this.lock, allDrift, compatState, suggested, this.error);
		return state.withStatus(StatusRules.statusOf(state));
	}

	MigrationState withStatus(MigrationStatus newStatus) {
		return new MigrationState(newStatus, this.checkedAt, this.database, this.changeLog, this.lastRun, this.applied,
				this.pending, this.findings, this.recentlyApplied, this.unexpected, this.checksumMismatches, this.lock,
				this.schemaDrift, this.compat, this.suggestedChangeLog, this.error);
	}

}
