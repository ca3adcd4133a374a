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
	 * Returns the lower-case name used as a metric tag.
	 * @return the tag value, such as {@code success}
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
