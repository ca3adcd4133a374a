package dev.ratchet.state;

import java.util.Arrays;
import java.util.Collection;

/**
 * Where a changelog's database stands, worst first.
 */
public enum MigrationStatus {

	/** The last update failed. */
	FAILED,

	/** Pending changesets have blocking findings that are not approved. */
	BLOCKED,

	/** The state could not be read. */
	UNKNOWN,

	/** The schema or history disagrees with the changelog or the entities. */
	DRIFTED,

	/** Changesets are waiting to run. */
	PENDING,

	/** Every changeset has run and nothing disagrees. */
	UP_TO_DATE;

	/**
	 * Returns the worst of several statuses.
	 * @param statuses the statuses
	 * @return the worst, {@link #UP_TO_DATE} when there are none
	 */
	public static MigrationStatus worstOf(Collection<MigrationStatus> statuses) {
		return statuses.stream().min(Enum::compareTo).orElse(UP_TO_DATE);
	}

	/**
	 * Returns the worst of several statuses.
	 * @param statuses the statuses
	 * @return the worst, {@link #UP_TO_DATE} when there are none
	 */
	public static MigrationStatus worstOf(MigrationStatus... statuses) {
		return worstOf(Arrays.asList(statuses));
	}

}
