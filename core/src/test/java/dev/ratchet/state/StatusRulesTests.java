package dev.ratchet.state;

import java.time.Instant;
import java.util.List;

import dev.ratchet.compat.CompatState;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.drift.DriftKind;
import dev.ratchet.drift.DriftSeverity;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import dev.ratchet.lock.LockState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StatusRules}: the contract's statuses, worst first, each one winning over
 * every status after it.
 */
class StatusRulesTests {

	private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

	private static final LastRun FAILED_RUN = new LastRun(AT, 10, RunOutcome.FAILED, 0, "a::1::x", "boom", 0);

	private static final Finding BLOCKING = finding(Severity.BLOCK, false);

	private static final DriftItem DRIFT_ERROR = new DriftItem(DriftKind.MISSING_COLUMN, DriftSeverity.ERROR, "t",
			"c", "E", null, "int", null);

	private static final PendingChangeSet PENDING = new PendingChangeSet("a::2::x", List.of("addColumn"));

	@Test
	void anUnreadableStateIsUnknownWhateverElseItHas() {
		assertThat(status(new Parts().error("down").failed().blocking().drift().pending())).isEqualTo(MigrationStatus.UNKNOWN);
	}

	@Test
	void aFailedLastRunIsFailedOverBlockedDriftedAndPending() {
		assertThat(status(new Parts().failed().blocking().drift().pending())).isEqualTo(MigrationStatus.FAILED);
	}

	@Test
	void anUnapprovedBlockingFindingIsBlockedOverDriftedAndPending() {
		assertThat(status(new Parts().blocking().drift().pending())).isEqualTo(MigrationStatus.BLOCKED);
	}

	@Test
	void approvedAndWarningFindingsDoNotBlock() {
		Parts parts = new Parts().pending();
		parts.findings = List.of(finding(Severity.BLOCK, true), finding(Severity.WARN, false));
		assertThat(status(parts)).isEqualTo(MigrationStatus.PENDING);
	}

	@Test
	void errorDriftChecksumMismatchesUnexpectedChangesetsAndCompatModeAreDriftedOverPending() {
		assertThat(status(new Parts().drift().pending())).isEqualTo(MigrationStatus.DRIFTED);
		Parts mismatch = new Parts().pending();
		mismatch.mismatches = List.of(new ChecksumMismatch("a::1::x", "9:aa", "9:bb"));
		assertThat(status(mismatch)).isEqualTo(MigrationStatus.DRIFTED);
		Parts unexpected = new Parts().pending();
		unexpected.unexpected = List.of(new UnexpectedChangeSet("hotfix::9::ops", AT));
		assertThat(status(unexpected)).isEqualTo(MigrationStatus.DRIFTED);
		Parts compat = new Parts();
		compat.compat = new CompatState(true, false, List.of(new CompatState.DegradedColumn("E", "t", "c")), List.of());
		assertThat(status(compat)).isEqualTo(MigrationStatus.DRIFTED);
	}

	@Test
	void driftBelowErrorDoesNotDrift() {
		Parts parts = new Parts();
		parts.drift = List.of(new DriftItem(DriftKind.EXTRA_COLUMN, DriftSeverity.INFO, "t", "old", "E", null, null,
				"int"));
		assertThat(status(parts)).isEqualTo(MigrationStatus.UP_TO_DATE);
	}

	@Test
	void pendingChangesetsArePendingAndNothingIsUpToDate() {
		assertThat(status(new Parts().pending())).isEqualTo(MigrationStatus.PENDING);
		assertThat(status(new Parts())).isEqualTo(MigrationStatus.UP_TO_DATE);
	}

	@Test
	void theWorstOfSeveralBeansFollowsTheSameOrder() {
		assertThat(MigrationStatus.worstOf(List.of(MigrationStatus.PENDING, MigrationStatus.DRIFTED,
				MigrationStatus.UP_TO_DATE))).isEqualTo(MigrationStatus.DRIFTED);
		assertThat(MigrationStatus.worstOf(List.of(MigrationStatus.BLOCKED, MigrationStatus.FAILED)))
			.isEqualTo(MigrationStatus.FAILED);
		assertThat(MigrationStatus.worstOf(List.of())).isEqualTo(MigrationStatus.UP_TO_DATE);
	}

	private static MigrationStatus status(Parts parts) {
		MigrationState state = new MigrationState(MigrationStatus.UP_TO_DATE, AT, null, null, parts.lastRun, 0,
				parts.pending, parts.findings, List.of(), parts.unexpected, parts.mismatches, LockState.free(),
				parts.drift, parts.compat, null, parts.error);
		return StatusRules.statusOf(state);
	}

	private static Finding finding(Severity severity, boolean approved) {
		return new Finding(Rule.DROP_COLUMN, severity, approved, ChangeSetId.parse("a::2::x"), "dropColumn", "t.c",
				"drops it", "expand and contract");
	}

	/**
	 * The parts of a state a status depends on.
	 */
	private static final class Parts {

		private String error;

		private LastRun lastRun;

		private List<Finding> findings = List.of();

		private List<DriftItem> drift = List.of();

		private List<ChecksumMismatch> mismatches = List.of();

		private List<UnexpectedChangeSet> unexpected = List.of();

		private CompatState compat = CompatState.inactive();

		private List<PendingChangeSet> pending = List.of();

		Parts error(String error) {
			this.error = error;
			return this;
		}

		Parts failed() {
			this.lastRun = FAILED_RUN;
			return this;
		}

		Parts blocking() {
			this.findings = List.of(BLOCKING);
			return this;
		}

		Parts drift() {
			this.drift = List.of(DRIFT_ERROR);
			return this;
		}

		Parts pending() {
			this.pending = List.of(PENDING);
			return this;
		}

	}

}
