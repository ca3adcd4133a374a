package dev.ratchet.state;

import java.util.Locale;

/**
 * How the boot-time update ended.
 */
public enum RunOutcome {

	/** Every pending changeset ran. */
	SUCCESS,

	/** A changeset or the update itself failed. */
	FAILED,

	/** Blocking findings stopped the update before it started. */
	BLOCKED,

	/** This instance does not run the update (verify-only). */
	SKIPPED;

	/**
	 * Returns the value of the {@code outcome} tag of the {@code migrations.update} timer.
	 * @return {@code success}, {@code failure}, {@code blocked} or {@code skipped}
	 */
	public String tag() {
		return (this == FAILED) ? "failure" : name().toLowerCase(Locale.ROOT);
	}

}
