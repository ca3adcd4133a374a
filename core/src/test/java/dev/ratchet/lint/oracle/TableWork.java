package dev.ratchet.lint.oracle;

/**
 * What the observed statements did to one table of the fixture.
 *
 * @param table the table's name, in lower case
 * @param lock the strongest lock the statements held or requested on the table itself (not
 * on its indexes)
 * @param rewritten whether the table got a new relfilenode
 * @param seqScans sequential scans of the table (always counted for statements observed in a
 * transaction; see {@link LockOracle} for the others)
 * @param indexScans scans of the table through one of its indexes
 * @param indexBuilt whether an index was built on the table: a new one, or an existing one
 * rebuilt
 * @param constraintIndexBuilt whether a new index backs a primary key, unique or exclusion
 * constraint of the table
 * @param reindexed whether an existing index was rebuilt: a new relfilenode, or replaced by a
 * new index of the same name as {@code REINDEX CONCURRENTLY} does
 * @param lockDuringWork the strongest lock held on the table while it was rewritten, scanned
 * or had an index built, {@link LockMode#NONE} when nothing of that happened
 */
public record TableWork(String table, LockMode lock, boolean rewritten, long seqScans, long indexScans,
		boolean indexBuilt, boolean constraintIndexBuilt, boolean reindexed, LockMode lockDuringWork) {

	/**
	 * Whether the table was rewritten, scanned sequentially or had an index built.
	 */
	public boolean worked() {
		return this.rewritten || this.seqScans > 0 || this.indexBuilt;
	}

}
