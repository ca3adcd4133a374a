package dev.ratchet.lint.rule;

import java.util.Locale;

/**
 * How much a rule's finding matters: {@code block} stops the update, {@code warn} is
 * reported as a warning, {@code info} is reported for information, {@code off} is ignored.
 */
public enum Severity {

	/** The finding stops the update before any changeset runs, unless approved. */
	BLOCK,

	/** The finding is reported and the update goes on. */
	WARN,

	/** The finding is reported for information; it never warns or blocks. */
	INFO,

	/** The rule is not checked. */
	OFF;

	/**
	 * Returns the lower-case name used in properties, reports and JSON.
	 * @return the id, such as {@code block}
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
