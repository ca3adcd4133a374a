package dev.ratchet.boot.liquibase;

import java.util.List;

/**
 * A changeset that failed on its first change because what it creates already exists: it ran
 * before, or began to, without being recorded, as an update interrupted between a changeset
 * and its DATABASECHANGELOG row leaves it where the two cannot be one transaction.
 *
 * @param existing what already exists, as the database said it, such as {@code Table 'k0032'
 * already exists}
 * @param missing what else the changeset creates that the database lacks, such as
 * {@code index k0032_note}; empty when all of it is there and it was applied in full
 */
public record RanBefore(String existing, List<String> missing) {

	/**
	 * Creates a new instance.
	 */
	public RanBefore {
		missing = List.copyOf(missing);
	}

	/**
	 * Returns whether all the changeset creates is in the database, so that
	 * {@code ratchet.migration.mark-ran} records it.
	 * @return whether it was applied in full
	 */
	public boolean appliedInFull() {
		return this.missing.isEmpty();
	}

	/**
	 * Says what happened and what to do, in a sentence or three.
	 * @param changeSet the changeset, {@code file::id::author}
	 * @return the explanation
	 */
	public String explain(String changeSet) {
		if (appliedInFull()) {
			return "Changeset " + changeSet + " was applied before but not recorded: " + this.existing
					+ ", and everything else it creates is in the database too. Record it with "
					+ "ratchet.migration.mark-ran=" + changeSet + " and start again.";
		}
		return "Changeset " + changeSet + " was applied in part before and not recorded: " + this.existing
				+ ", but " + String.join(", ", this.missing) + " not in the database. Create what is missing by hand "
				+ "and record it with ratchet.migration.mark-ran=" + changeSet
				+ ", or undo what it created and start again.";
	}

}
