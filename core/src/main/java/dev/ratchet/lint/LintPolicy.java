package dev.ratchet.lint;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;

/**
 * The severities in force and the configured approvals.
 */
public final class LintPolicy {

	/** From how many rows (a catalog estimate) an online-safety finding blocks, by default. */
	public static final long DEFAULT_LARGE_TABLE_ROWS = 100_000;

	private static final LintPolicy DEFAULTS = new LintPolicy(Map.of(), Approvals.none());

	private final Map<Rule, Severity> severities;

	private final Set<Rule> overridden;

	private final Approvals approvals;

	private final long largeTableRows;

	/**
	 * Creates a new instance.
	 * @param overrides severities that replace the rules' defaults
	 * @param approvals approvals from configuration
	 */
	public LintPolicy(Map<Rule, Severity> overrides, Approvals approvals) {
		this(overrides, approvals, DEFAULT_LARGE_TABLE_ROWS);
	}

	/**
	 * Creates a new instance.
	 * @param overrides severities that replace the rules' defaults
	 * @param approvals approvals from configuration
	 * @param largeTableRows from how many rows an online-safety finding blocks at boot
	 */
	public LintPolicy(Map<Rule, Severity> overrides, Approvals approvals, long largeTableRows) {
		this.severities = new EnumMap<>(Rule.class);
		for (Rule rule : Rule.values()) {
			this.severities.put(rule, overrides.getOrDefault(rule, rule.defaultSeverity()));
		}
		this.overridden = overrides.isEmpty() ? Set.of() : EnumSet.copyOf(overrides.keySet());
		this.approvals = Objects.requireNonNull(approvals, "approvals");
		this.largeTableRows = largeTableRows;
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
	 * Returns whether a rule's severity is configured, rather than its default (for an
	 * online-safety rule, rather than following the table's size).
	 * @param rule the rule
	 * @return whether its severity is overridden
	 */
	public boolean isOverridden(Rule rule) {
		return this.overridden.contains(rule);
	}

	/**
	 * Returns from how many rows an online-safety finding blocks at boot.
	 * @return the number of rows
	 */
	public long largeTableRows() {
		return this.largeTableRows;
	}

	/**
	 * Returns the configured approvals.
	 * @return the approvals
	 */
	public Approvals approvals() {
		return this.approvals;
	}

}
