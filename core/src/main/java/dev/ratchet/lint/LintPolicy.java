package dev.ratchet.lint;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The severities in force and the configured approvals.
 */
public final class LintPolicy {

	private static final LintPolicy DEFAULTS = new LintPolicy(Map.of(), Approvals.none());

	private final Map<Rule, Severity> severities;

	private final Approvals approvals;

	/**
	 * Creates a new instance.
	 * @param overrides severities that replace the rules' defaults
	 * @param approvals approvals from configuration
	 */
	public LintPolicy(Map<Rule, Severity> overrides, Approvals approvals) {
		this.severities = new EnumMap<>(Rule.class);
		for (Rule rule : Rule.values()) {
			this.severities.put(rule, overrides.getOrDefault(rule, rule.defaultSeverity()));
		}
		this.approvals = Objects.requireNonNull(approvals, "approvals");
	}

	/**
	 * Returns the default policy: every rule at its default severity, no approvals.
	 * @return the defaults
	 */
	public static LintPolicy defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns the severity in force for a rule.
	 * @param rule the rule
	 * @return its severity
	 */
	public Severity severityOf(Rule rule) {
		return this.severities.get(rule);
	}

	/**
	 * Returns the configured approvals.
	 * @return the approvals
	 */
	public Approvals approvals() {
		return this.approvals;
	}

}
