package dev.ratchet.lint.rule;

import dev.ratchet.lint.rule.Rule;

/**
 * Thrown when a configuration or an approval names a rule id that does not exist.
 */
public class UnknownRuleException extends IllegalArgumentException {

	private final String ruleId;

	private final String source;

	/**
	 * Creates a new instance.
	 * @param ruleId the unknown id
	 * @param source where it was written, such as a property name or a changeset
	 */
	public UnknownRuleException(String ruleId, String source) {
		super("Unknown rule id '" + ruleId + "' in " + source + "; valid ids are: " + String.join(", ", Rule.ids()));
		this.ruleId = ruleId;
		this.source = source;
	}

	/**
	 * Returns the unknown id.
	 * @return the id as written
	 */
	public String getRuleId() {
		return this.ruleId;
	}

	/**
	 * Returns where the id was written.
	 * @return a property name or a changeset
	 */
	public String getSource() {
		return this.source;
	}

}
