package dev.ratchet.boot.session;

/**
 * The state of a {@link HeldCommits} connection. A hold swallows at most the two commits
 * Liquibase makes between a changeset's start and its DATABASECHANGELOG row (after the
 * statements, after the row), then lets commits through again even if nobody released it: a
 * changeset Liquibase skips is never reported as run, and what comes after it must commit.
 */
final class CommitHold implements HeldCommits {

	private static final int HELD_COMMITS = 2;

	private boolean held;

	private int swallowed;

	@Override
	public synchronized void holdCommits() {
		this.held = true;
		this.swallowed = 0;
	}

	@Override
	public synchronized void releaseCommits() {
		this.held = false;
	}

	@Override
	public synchronized boolean commitsHeld() {
		return this.held;
	}

	/**
	 * Decides whether a commit is swallowed.
	 * @return whether the commit is held back
	 */
	synchronized boolean swallow() {
		if (!this.held) {
			return false;
		}
		if (++this.swallowed >= HELD_COMMITS) {
			this.held = false;
		}
		return true;
	}

}
