package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import dev.ratchet.lint.sql.SqlClassification;
import liquibase.changelog.ChangeSet;

/**
 * Lints changesets: every change of every changeset against every rule, with severities
 * and approvals from a {@link LintPolicy}. All findings are collected.
 */
public final class ChangeSetLinter {

	private final LintPolicy policy;

	private final ChangeRules rules = new ChangeRules();

	private final SqlChanges sql;

	/**
	 * Creates a linter with a policy that lints SQL for every database.
	 * @param policy the severities and approvals in force
	 */
	public ChangeSetLinter(LintPolicy policy) {
		this(policy, null);
	}

	/**
	 * Creates a linter with a policy that lints only the SQL changes whose {@code dbms}
	 * matches the database.
	 * @param policy the severities and approvals in force
	 * @param databaseShortName Liquibase's short name of the database, such as
	 * {@code postgresql}, or {@code null} for every database
	 */
	public ChangeSetLinter(LintPolicy policy, String databaseShortName) {
		this.policy = Objects.requireNonNull(policy, "policy");
		this.sql = new SqlChanges(databaseShortName);
	}

	/**
	 * Lints the changesets of one run, in the order they will run. A change to a table,
	 * view or sequence that an earlier (or the same) changeset of the run creates is exempt.
	 * @param pending the pending changesets
	 * @return the report
	 */
	public LintReport lintRun(List<ChangeSet> pending) {
		return lint(pending, true);
	}

	/**
	 * Lints changesets each on its own, as static lint does: only a table created in the
	 * same changeset is exempt.
	 * @param changeSets the changesets
	 * @return the report
	 */
	public LintReport lintEach(List<ChangeSet> changeSets) {
		return lint(changeSets, false);
	}

	private LintReport lint(List<ChangeSet> changeSets, boolean sameRun) {
		List<Finding> findings = new ArrayList<>();
		CreatedObjects created = new CreatedObjects();
		for (ChangeSet changeSet : changeSets) {
			if (!sameRun) {
				created.clear();
			}
			lint(changeSet, created, findings);
		}
		return new LintReport(changeSets.size(), findings);
	}

	private void lint(ChangeSet changeSet, CreatedObjects created, List<Finding> findings) {
		ChangeSetId id = ChangeSetId.of(changeSet);
		Set<Rule> fromComment = Approvals.fromComment(changeSet.getComments(), id);
		Set<Rule> fromConfig = this.policy.approvals().forChangeSet(id);
		for (Change change : changeSet.getChanges()) {
			for (Violation violation : inspect(change, created)) {
				Severity severity = this.policy.severityOf(violation.rule());
				if (severity == Severity.OFF || created.contains(violation.table())) {
					continue;
				}
				boolean approved = fromComment.contains(violation.rule()) || fromConfig.contains(violation.rule());
				findings.add(new Finding(violation.rule(), severity, approved, id, violation.changeType(),
						violation.target(), violation.message(), violation.rule().suggestion()));
			}
			created.record(change);
		}
	}

	private List<Violation> inspect(Change change, CreatedObjects created) {
		if (change instanceof AbstractSQLChange sqlChange) {
			SqlClassification classification = this.sql.classify(sqlChange);
			classification.created().forEach(created::add);
			return classification.violations();
		}
		return this.rules.inspect(change);
	}

}
