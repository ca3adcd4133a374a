package dev.ratchet.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.lint.rule.Severity;
import liquibase.changelog.ChangeSet;

/**
 * Every finding on a set of changesets, in changelog order.
 *
 * @param changeSets how many changesets were judged
 * @param findings the findings, never only the first
 * @param unresolvedParameters the changelog parameters the changesets use without a value
 * @param locations where the changesets with findings are written, when known
 */
public record LintReport(int changeSets, List<Finding> findings, List<UnresolvedParameter> unresolvedParameters,
		Map<ChangeSetId, ChangeSetLocation> locations) {

	/**
	 * Creates a new instance.
	 */
	public LintReport {
		findings = List.copyOf(findings);
		unresolvedParameters = List.copyOf(unresolvedParameters);
		locations = Map.copyOf(locations);
	}

	/**
	 * Creates a report of findings alone.
	 * @param changeSets how many changesets were judged
	 * @param findings the findings
	 */
	public LintReport(int changeSets, List<Finding> findings) {
		this(changeSets, findings, List.of(), Map.of());
	}

	/**
	 * Returns this report with what reading its changelog found: the parameters left
	 * unresolved and where the changesets with findings are written.
	 * @param unresolvedParameters the changelog parameters used without a value
	 * @param locations where changesets are written
	 * @return the report
	 */
	public LintReport withSources(List<UnresolvedParameter> unresolvedParameters,
			Map<ChangeSetId, ChangeSetLocation> locations) {
		return new LintReport(this.changeSets, this.findings, unresolvedParameters, locations);
	}

	/**
	 * Returns the changesets that have a finding, in changelog order.
	 * @param changeSets the changelog's changesets
	 * @return those with a finding
	 */
	public List<ChangeSet> withFindings(List<ChangeSet> changeSets) {
		Set<ChangeSetId> found = new HashSet<>();
		this.findings.forEach((finding) -> found.add(finding.changeSet()));
		return changeSets.stream().filter((changeSet) -> found.contains(ChangeSetId.of(changeSet))).toList();
	}

	/**
	 * Returns where a changeset is written.
	 * @param changeSet the changeset
	 * @return its location, or {@code null} when not known
	 */
	public ChangeSetLocation location(ChangeSetId changeSet) {
		return this.locations.get(changeSet);
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

	/**
	 * Returns the findings that are only reported.
	 * @return info-severity findings that are not approved
	 */
	public List<Finding> notes() {
		return this.findings.stream().filter((f) -> f.severity() == Severity.INFO && !f.approved()).toList();
	}

}
