package dev.ratchet.state;

import dev.ratchet.drift.DriftItem;
import dev.ratchet.lint.Finding;

/**
 * Decides a state's status, worst first: failed, blocked, drifted, pending, up to date.
 */
final class StatusRules {

	private StatusRules() {
	}

	static MigrationStatus statusOf(MigrationState state) {
		if (state.error() != null) {
			return MigrationStatus.UNKNOWN;
		}
		if (state.lastRun() != null && state.lastRun().outcome() == RunOutcome.FAILED) {
			return MigrationStatus.FAILED;
		}
		if (state.findings().stream().anyMatch(Finding::blocks)) {
			return MigrationStatus.BLOCKED;
		}
		if (state.schemaDrift().stream().anyMatch(DriftItem::isError) || !state.checksumMismatches().isEmpty()
				|| !state.unexpected().isEmpty() || state.compat().active()) {
			return MigrationStatus.DRIFTED;
		}
		if (!state.pending().isEmpty()) {
			return MigrationStatus.PENDING;
		}
		return MigrationStatus.UP_TO_DATE;
	}

}
