package dev.ratchet.lint.oracle;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one statement did to one table, read from the table's state before and after it.
 *
 * @param rewritten whether the relfilenode changed
 * @param seqScans sequential scans in between
 * @param indexScans index scans in between
 * @param indexBuilt whether an index appeared or got a new relfilenode
 * @param constraintIndexBuilt whether an index that appeared backs a constraint
 * @param reindexed whether an index got a new relfilenode or was replaced by one of the same
 * name
 */
record StatementWork(boolean rewritten, long seqScans, long indexScans, boolean indexBuilt,
		boolean constraintIndexBuilt, boolean reindexed) {

	private static final StatementWork NOTHING = new StatementWork(false, 0, 0, false, false, false);

	/**
	 * Compares two states of a table; a table missing before or after (created or dropped)
	 * did no work that can be told.
	 */
	static StatementWork between(TableState before, TableState after) {
		if (before == null || after == null) {
			return NOTHING;
		}
		boolean built = false;
		boolean constraint = false;
		boolean reindexed = false;
		Set<String> gone = before.indexes().values().stream()
			.filter((index) -> !after.indexes().containsKey(index.oid()))
			.map(TableState.Index::name)
			.collect(Collectors.toSet());
		for (TableState.Index index : after.indexes().values()) {
			TableState.Index old = before.indexes().get(index.oid());
			if (old == null) {
				built = true;
				constraint |= index.backsConstraint();
				reindexed |= gone.contains(index.name());
			}
			else if (old.filenode() != index.filenode()) {
				built = true;
				reindexed = true;
			}
		}
		return new StatementWork(before.filenode() != after.filenode(),
				Math.max(0, after.seqScans() - before.seqScans()), Math.max(0, after.indexScans() - before.indexScans()),
				built, constraint, reindexed);
	}

	/**
	 * The same work with the scans left out, for when they could not be counted.
	 */
	StatementWork withoutScans() {
		return new StatementWork(this.rewritten, 0, 0, this.indexBuilt, this.constraintIndexBuilt, this.reindexed);
	}

	/**
	 * Whether the table was rewritten, scanned sequentially or had an index built.
	 */
	boolean worked() {
		return this.rewritten || this.seqScans > 0 || this.indexBuilt;
	}

}
