package dev.ratchet.lint;

import java.util.List;
import java.util.Objects;

import liquibase.changelog.ChangeSet;

/**
 * Lints a changelog without a database, as a pull request build does: every changeset
 * counts as pending, and only a table created in the same changeset is exempt; given the
 * {@link Released} changesets, only those added since are judged, as one run. SQL is judged
 * as written for every database, and typed changes and {@code modifySql} as rendered for
 * the target's databases. A {@code customChange} class need not be on the classpath: only its
 * name is read, and the class is never loaded; a change type no class provides is judged as a
 * custom change. Files are read
 * by {@code dev.ratchet.lint.run.StaticLint}, which calls this linter.
 */
public final class ChangeLogLinter {

	private final LintPolicy policy;

	private final LintTarget target;

	/**
	 * Creates a linter with the default policy, rendering for PostgreSQL.
	 */
	public ChangeLogLinter() {
		this(LintPolicy.defaults());
	}

	/**
	 * Creates a linter with a policy, rendering for PostgreSQL.
	 * @param policy the severities and approvals in force
	 */
	public ChangeLogLinter(LintPolicy policy) {
		this(policy, LintTarget.offline());
	}

	/**
	 * Creates a linter with a policy and the databases SQL is rendered for.
	 * @param policy the severities and approvals in force
	 * @param target the databases, see {@link LintTarget#offline(List)}
	 */
	public ChangeLogLinter(LintPolicy policy, LintTarget target) {
		this.policy = Objects.requireNonNull(policy, "policy");
		this.target = Objects.requireNonNull(target, "target");
	}

	/**
	 * Lints a parsed changelog, while its files are at hand.
	 * @param changeLog the changelog
	 * @param released the changesets already released, or {@code null} to judge every changeset
	 * @return the report of the findings
	 */
	public LintReport lint(ParsedChangeLog changeLog, Released released) {
		ChangeSetLinter linter = new ChangeSetLinter(this.policy, this.target);
		List<ChangeSet> changeSets = changeLog.changeSets();
		return (released != null) ? linter.lintSince(released, changeSets) : linter.lintEach(changeSets);
	}

}
