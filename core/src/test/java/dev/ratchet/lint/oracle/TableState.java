package dev.ratchet.lint.oracle;

import java.util.Map;

/**
 * One table as the catalog and the statistics show it at one moment.
 *
 * @param oid the table's oid, which stays the same through a rewrite
 * @param name the table's current name
 * @param filenode the table's relfilenode, which a rewrite changes
 * @param seqScans the sequential scans counted so far
 * @param indexScans the index scans counted so far
 * @param indexes the table's indexes by oid
 */
record TableState(long oid, String name, long filenode, long seqScans, long indexScans, Map<Long, Index> indexes) {

	/**
	 * Copies the indexes.
	 */
	TableState {
		indexes = Map.copyOf(indexes);
	}

	/**
	 * One index of the table.
	 *
	 * @param oid the index's oid
	 * @param name the index's name
	 * @param filenode the index's relfilenode, which a reindex changes
	 * @param backsConstraint whether a primary key, unique or exclusion constraint of the
	 * table uses the index
	 */
	record Index(long oid, String name, long filenode, boolean backsConstraint) {

	}

}
