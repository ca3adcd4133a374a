package dev.ratchet.lint.rule;

import java.util.Objects;

/**
 * What a single change does that a rule catches, before severities and approvals apply.
 *
 * @param rule the rule
 * @param changeType the Liquibase change type
 * @param table the table (or view, sequence) the change touches, for the same-run
 * exemption; {@code null} when it touches none
 * @param target what the change touches, for the report; {@code null} when unknown
 * @param message what the change does
 */
public record Violation(Rule rule, String changeType, String table, String target, String message) {

	/**
	 * Creates a new instance.
	 */
	public Violation {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(changeType, "changeType");
		Objects.requireNonNull(message, "message");
	}

}
