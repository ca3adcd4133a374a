package dev.ratchet.lint;

import java.util.Objects;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;

/**
 * A rule that a pending change triggers.
 *
 * @param rule the rule
 * @param severity the severity in force for the rule
 * @param approved whether the changeset was approved for the rule
 * @param changeSet the changeset, {@code file::id::author}
 * @param changeType the Liquibase change type, such as {@code dropColumn} or {@code sql}
 * @param target what the change touches, such as {@code orders.legacy_ref}, or {@code null}
 * @param message what the change does
 * @param suggestion the safe alternative
 */
public record Finding(Rule rule, Severity severity, boolean approved, ChangeSetId changeSet, String changeType,
		String target, String message, String suggestion) {

	/**
	 * Creates a new instance.
	 */
	public Finding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(changeSet, "changeSet");
		Objects.requireNonNull(changeType, "changeType");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(suggestion, "suggestion");
	}

	/**
	 * Returns whether this finding stops the update: severity block and not approved.
	 * @return whether it blocks
	 */
	public boolean blocks() {
		return this.severity == Severity.BLOCK && !this.approved;
	}

	/**
	 * Returns the line that approves this finding in the changeset's comment.
	 * @return {@code ratchet:allow <rule-id>}
	 */
	public String approvalComment() {
		return "ratchet:allow " + this.rule.id();
	}

	/**
	 * Returns the value that approves this finding in {@code ratchet.validation.approved}.
	 * @return {@code file::id::author=rule-id}
	 */
	public String approvalProperty() {
		return this.changeSet + "=" + this.rule.id();
	}

}
