package dev.ratchet.lint;

import java.util.List;

/**
 * Every finding on a set of changesets, in changelog order.
 *
 * @param changeSets how many changesets were linted
 * @param findings the findings, never only the first
 */
public record LintReport(int changeSets, List<Finding> findings) {

	/**
	 * Creates a new instance.
	 */
	public LintReport {
		findings = List.copyOf(findings);
	}

	/**
	 * Returns the findings that stop the update.
	 * @return block-severity findings that are not approved
	 */
	public List<Finding> blocking() {
		return this.findings.stream().filter(Finding::blocks).toList();
	}

	/**
	 * Returns whether anything stops the update.
	 * @return whether any finding blocks
	 */
	public boolean blocks() {
		return this.findings.stream().anyMatch(Finding::blocks);
	}

	/**
	 * Returns the approved findings.
	 * @return findings whose changeset was approved for their rule
	 */
	public List<Finding> approved() {
		return this.findings.stream().filter(Finding::approved).toList();
	}

	/**
	 * Returns the warnings.
	 * @return warn-severity findings that are not approved
	 */
	public List<Finding> warnings() {
		return this.findings.stream().filter((f) -> f.severity() == Severity.WARN && !f.approved()).toList();
	}

}
