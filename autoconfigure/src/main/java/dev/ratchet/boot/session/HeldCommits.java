package dev.ratchet.boot.session;

/**
 * A migration session's connection whose commits can be held back: while held, a commit
 * does nothing, so a changeset's statements and its DATABASECHANGELOG row, which Liquibase
 * commits one after the other, commit together in the one commit after the hold is released.
 * A rollback ends the hold's work as usual; a connection closed while held rolls back.
 */
public interface HeldCommits {

	/**
	 * Holds back every commit from now on.
	 */
	void holdCommits();

	/**
	 * Lets the next commit through.
	 */
	void releaseCommits();

	/**
	 * Returns whether commits are held back now.
	 * @return whether they are
	 */
	boolean commitsHeld();

}
