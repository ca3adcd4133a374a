package dev.ratchet.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.ratchet.lint.rule.Severity;
import liquibase.changelog.ChangeSet;

/**
 * Every finding on a set of changesets, in changelog order.
 *
 * @param changeSets how many changesets were judged
 * @param findings the findings, never only the first
 * @param unreadable the changesets that could not be read, so were not judged
 * @param unresolvedParameters the changelog parameters the changesets use without a value
 * @param locations where the changesets with findings are written, when known
 * @param validation what the application does with findings that block
 * ({@code ratchet.validation.mode}): only under {@link ValidationMode#ENFORCE} does one stop
 * the update
 */
public record LintReport(int changeSets, List<Finding> findings, List<UnreadableChangeSet> unreadable,
		List<UnresolvedParameter> unresolvedParameters, Map<ChangeSetId, ChangeSetLocation> locations,
		ValidationMode validation) {

	/**
	 * Creates a new instance.
	 */
	public LintReport {
		findings = List.copyOf(findings);
		unreadable = List.copyOf(unreadable);
		unresolvedParameters = List.copyOf(unresolvedParameters);
		locations = Map.copyOf(locations);
		Objects.requireNonNull(validation, "validation");
	}

	/**
	 * Creates a report of findings alone, enforced.
	 * @param changeSets how many changesets were judged
	 * @param findings the findings
	 */
	public LintReport(int changeSets, List<Finding> findings) {
		this(changeSets, findings, List.of());
	}

	/**
	 * Creates a report of findings and unreadable changesets, enforced.
	 * @param changeSets how many changesets were judged
	 * @param findings the findings
	 * @param unreadable the changesets that could not be read
	 */
	public LintReport(int changeSets, List<Finding> findings, List<UnreadableChangeSet> unreadable) {
		this(changeSets, findings, unreadable, List.of(), Map.of(), ValidationMode.ENFORCE);
	}

	/**
	 * Returns this report judged under a validation mode.
	 * @param validation the application's {@code ratchet.validation.mode}
	 * @return the report
	 */
	public LintReport under(ValidationMode validation) {
		return new LintReport(this.changeSets, this.findings, this.unreadable, this.unresolvedParameters, this.locations,
				validation);
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
		return new LintReport(this.changeSets, this.findings, this.unreadable, unresolvedParameters, locations,
				this.validation);
	}

	/**
	 * Returns the changesets that have a finding or could not be read, in changelog order.
	 * @param changeSets the changelog's changesets
	 * @return those with a finding, or unreadable
	 */
	public List<ChangeSet> withFindings(List<ChangeSet> changeSets) {
		Set<ChangeSetId> found = new HashSet<>();
		this.findings.forEach((finding) -> found.add(finding.changeSet()));
		this.unreadable.forEach((changeSet) -> found.add(changeSet.changeSet()));
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
	 * Returns whether anything stops the update: a finding blocks and validation enforces.
	 * @return whether the update would not run
	 */
	public boolean blocks() {
		return this.validation == ValidationMode.ENFORCE && this.findings.stream().anyMatch(Finding::blocks);
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
