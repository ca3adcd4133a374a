package dev.ratchet.state;

import java.util.Objects;

import dev.ratchet.lint.ParsedChangeLog;

/**
 * A parsed changelog and the filters its update runs with.
 *
 * @param changeLog the parsed changelog, its path as configured
 * @param contexts the contexts expression, or {@code null}
 * @param labels the label filter expression, or {@code null}
 * @param tag the tag the update stops at, or {@code null}
 */
public record ChangeLogTarget(ParsedChangeLog changeLog, String contexts, String labels, String tag) {

	/**
	 * Creates a new instance.
	 */
	public ChangeLogTarget {
		Objects.requireNonNull(changeLog, "changeLog");
	}

}
