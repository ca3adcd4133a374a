package dev.ratchet.lint.oracle;

/**
 * The work on one table, summed over the statements of a case.
 */
final class Tally {

	private LockMode lock = LockMode.NONE;

	private boolean rewritten;

	private long seqScans;

	private long indexScans;

	private boolean indexBuilt;

	private boolean constraintIndexBuilt;

	private boolean reindexed;

	private LockMode lockDuringWork = LockMode.NONE;

	/**
	 * Counts a lock held or requested on the table.
	 */
	void lock(LockMode mode) {
		this.lock = this.lock.strongest(mode);
	}

	/**
	 * Counts one statement's work, done while {@code held} was the strongest lock on the
	 * table.
	 */
	void work(StatementWork work, LockMode held) {
		this.rewritten |= work.rewritten();
		this.seqScans += work.seqScans();
		this.indexScans += work.indexScans();
		this.indexBuilt |= work.indexBuilt();
		this.constraintIndexBuilt |= work.constraintIndexBuilt();
		this.reindexed |= work.reindexed();
		if (work.worked()) {
			this.lockDuringWork = this.lockDuringWork.strongest(held);
		}
	}

	TableWork toWork(String table) {
		return new TableWork(table, this.lock, this.rewritten, this.seqScans, this.indexScans, this.indexBuilt,
				this.constraintIndexBuilt, this.reindexed, this.lockDuringWork);
	}

}
