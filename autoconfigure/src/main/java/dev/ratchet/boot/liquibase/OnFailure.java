package dev.ratchet.boot.liquibase;

/**
 * What a blocked or failed boot-time update does.
 */
public enum OnFailure {

	/**
	 * Startup fails.
	 */
	FAIL,

	/**
	 * The application starts on the old schema; the status says BLOCKED or FAILED.
	 */
	CONTINUE

}
