package dev.ratchet.boot.liquibase;

/**
 * What validation does with findings of severity block.
 */
public enum ValidationMode {

	/**
	 * Blocking findings stop the update before any changeset runs.
	 */
	ENFORCE,

	/**
	 * Blocking findings are logged and the update runs.
	 */
	WARN,

	/**
	 * Pending changesets are not checked.
	 */
	OFF

}
