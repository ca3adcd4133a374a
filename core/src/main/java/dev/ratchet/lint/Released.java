package dev.ratchet.lint;

import java.util.List;

import liquibase.changelog.ChangeSet;

/**
 * The changesets already released, which static lint does not judge again: a baseline file or
 * the changelog at a git revision.
 */
public interface Released {

	/**
	 * Returns whether a changeset was released.
	 * @param changeSet the changeset
	 * @return whether it was
	 */
	boolean isReleased(ChangeSetId changeSet);

	/**
	 * Returns whether a released changeset that does not run on change or always changed since.
	 * @param changeSet the changeset as the changelog has it now
	 * @return whether it was edited
	 */
	boolean isEdited(ChangeSet changeSet);

	/**
	 * Returns whether a released changeset runs again at the next deploy with what it says
	 * now: it runs on change or always, and its checksum changed since. Such a changeset is
	 * judged as a new one, so a body swapped under {@code runOnChange} does not pass unseen.
	 * @param changeSet the changeset as the changelog has it now
	 * @return whether it runs again, changed
	 */
	boolean runsAgain(ChangeSet changeSet);

	/**
	 * Returns the released changesets that are gone from a changelog.
	 * @param changeSets the changelog's changesets
	 * @return the ones gone, in release order
	 */
	List<ChangeSetId> removedFrom(List<ChangeSet> changeSets);

	/**
	 * Returns a changeset's checksum as it is now, for messages.
	 * @param changeSet the changeset
	 * @return the checksum
	 */
	String checksum(ChangeSet changeSet);

}
