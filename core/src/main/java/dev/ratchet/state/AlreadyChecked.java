package dev.ratchet.state;

import java.util.List;
import java.util.Optional;

import dev.ratchet.lint.LintReport;
import liquibase.changelog.ChangeSet;

/**
 * What the boot-time update already checked moments before a read, so the read need not
 * check it again: the checksums of the applied changesets (an update that succeeded
 * validated them), the lint of the changesets it left pending, and whether it found none.
 *
 * @param checksums whether Liquibase validated the checksums of this parsed changelog
 * against the database
 * @param pendingChangeSets the pending changesets the update linted, by
 * {@code file::id::author}, or empty when it linted none
 * @param pendingLint the report of that lint, or {@code null}
 */
public record AlreadyChecked(boolean checksums, List<String> pendingChangeSets, LintReport pendingLint) {

	/**
	 * Creates a new instance.
	 */
	public AlreadyChecked {
		pendingChangeSets = List.copyOf(pendingChangeSets);
	}

	/**
	 * Returns that nothing was checked.
	 * @return the instance for a read of its own
	 */
	public static AlreadyChecked nothing() {
		return new AlreadyChecked(false, List.of(), null);
	}

	/**
	 * Returns whether the update succeeded with nothing pending: nothing is pending moments
	 * later either, so a read need not list the changesets again. A run-always changeset is
	 * always pending, so an update that has one never says so.
	 * @return whether nothing is pending
	 */
	public boolean nothingPending() {
		return this.checksums && this.pendingLint != null && this.pendingChangeSets.isEmpty();
	}

	/**
	 * Returns the lint of pending changesets when the update linted exactly these.
	 * @param pending the changesets pending now, in order
	 * @return the report, or empty when the update linted others or none
	 */
	public Optional<LintReport> lintOf(List<ChangeSet> pending) {
		if (this.pendingLint == null || pending.size() != this.pendingChangeSets.size()) {
			return Optional.empty();
		}
		for (int i = 0; i < pending.size(); i++) {
			if (!pending.get(i).toString().equals(this.pendingChangeSets.get(i))) {
				return Optional.empty();
			}
		}
		return Optional.of(this.pendingLint);
	}

}
