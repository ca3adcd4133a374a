package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import dev.ratchet.lint.rule.Violation;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;

/**
 * Lints changesets: every change of every changeset against every rule, with severities
 * and approvals from a {@link LintPolicy}. What is judged is what will run on the
 * {@link LintTarget}: the typed change (which gives the precise message), and the SQL
 * Liquibase sends for it, {@code modifySql} applied. A routine created in the run is judged
 * where it is called; at boot, one that already exists is read from the database. All
 * findings are collected.
 */
public final class ChangeSetLinter {

	private final LintPolicy policy;

	private final LintTarget target;

	private final ChangeRules rules = new ChangeRules();

	/**
	 * Creates a linter for static lint: SQL is judged as written for every database and
	 * rendered for PostgreSQL.
	 * @param policy the severities and approvals in force
	 */
	public ChangeSetLinter(LintPolicy policy) {
		this(policy, LintTarget.offline());
	}

	/**
	 * Creates a linter for a target.
	 * @param policy the severities and approvals in force
	 * @param target the database the changesets run on
	 */
	public ChangeSetLinter(LintPolicy policy, LintTarget target) {
		this.policy = Objects.requireNonNull(policy, "policy");
		this.target = Objects.requireNonNull(target, "target");
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

	/**
	 * Lints the changesets a baseline does not list, as one run, the way the next deploy runs
	 * them. A released changeset is not judged again, but what it creates (routines) is known
	 * to the changesets after it; one whose checksum changed is {@link Rule#EDITED_CHANGESET},
	 * unless it runs on change or always: the deploy runs it again, so it is judged as new.
	 * One that is gone is {@link Rule#REMOVED_CHANGESET}.
	 * @param baseline the released changesets
	 * @param changeSets the changelog's changesets
	 * @return the report; its changeset count is the number of new changesets
	 */
	public LintReport lintSince(Released baseline, List<ChangeSet> changeSets) {
		Run run = run(changeSets);
		RunState released = run.state().sharingSchema();
		int judged = 0;
		for (ChangeSet changeSet : changeSets) {
			ChangeSetId id = ChangeSetId.of(changeSet);
			if (!baseline.isReleased(id) || baseline.runsAgain(changeSet)) {
				lint(changeSet, run);
				judged++;
				continue;
			}
			if (baseline.isEdited(changeSet)) {
				add(new Violation(Rule.EDITED_CHANGESET, "changeSet", null, null,
						"was released, and its checksum changed since (now "
								+ baseline.checksum(changeSet) + ")"),
						id, approvals(changeSet, id), run);
			}
			remember(changeSet, id, released, run.sql());
		}
		for (ChangeSetId removed : baseline.removedFrom(changeSets)) {
			add(new Violation(Rule.REMOVED_CHANGESET, "changeSet", null, null,
					"was released and is no longer in the changelog"), removed,
					this.policy.approvals().forChangeSet(removed), run);
		}
		return new LintReport(judged, finish(run), List.copyOf(run.unreadable().values()));
	}

	private void remember(ChangeSet changeSet, ChangeSetId id, RunState released, ChangeSql sql) {
		released.enter(changeSet);
		for (Change change : changeSet.getChanges()) {
			if (ChangeFiles.unreadable(change, changeSet) != null) {
				continue;
			}
			released.enter(change);
			sql.judge(change, changeSet, released);
			released.record(change);
		}
		released.forgetCreated();
	}

	private LintReport lint(List<ChangeSet> changeSets, boolean sameRun) {
		Run run = run(changeSets);
		for (ChangeSet changeSet : changeSets) {
			if (!sameRun) {
				run.state().forgetCreated();
			}
			lint(changeSet, run);
		}
		return new LintReport(changeSets.size(), finish(run), List.copyOf(run.unreadable().values()));
	}

	private Run run(List<ChangeSet> changeSets) {
		List<LintTarget.Rendering> renderings = this.target.renderings(changeSets);
		Set<String> dialects = new LinkedHashSet<>();
		renderings.forEach((rendering) -> dialects.add(rendering.shortName()));
		return new Run(new RunState(dialects, this.target.tables(), !this.target.isUpdate()),
				new ChangeSql(renderings, this.target.isUpdate(), this.rules), new ArrayList<>(), new ArrayList<>(),
				new OnlineFindings(this.policy.largeTableRows()), new LinkedHashMap<>());
	}

	/**
	 * Judges what is left once every changeset is linted: the calls of routines the run did
	 * not create, and the online-safety findings, sized by their tables.
	 */
	private List<Finding> finish(Run run) {
		new CalledRoutines(this.target.catalog(), run.state()).judge(run.calls(),
				(call, violation) -> add(violation, call.changeSet(), call.approved(), run));
		run.online().size(this.target.tables(), run.findings());
		return run.findings();
	}

	private void lint(ChangeSet changeSet, Run run) {
		ChangeSetId id = ChangeSetId.of(changeSet);
		Set<Rule> approved = approvals(changeSet, id);
		run.state().enter(changeSet);
		for (Change change : changeSet.getChanges()) {
			if (!this.target.runs(change)) {
				continue;
			}
			UnreadableChangeSet unreadable = ChangeFiles.unreadable(change, changeSet);
			if (unreadable != null) {
				run.unreadable().putIfAbsent(id, unreadable);
				continue;
			}
			run.state().enter(change);
			Map<String, Violation> violations = new LinkedHashMap<>();
			this.rules.inspect(change, run.state()).forEach((violation) -> violations.putIfAbsent(key(violation), violation));
			ChangeSql.Judged sql = run.sql().judge(change, changeSet, run.state());
			sql.violations().forEach((violation) -> violations.putIfAbsent(key(violation), violation));
			sql.calls().forEach((call) -> run.calls().add(new CalledRoutines.PendingCall(id, approved,
					change.getSerializedObjectName(), call)));
			for (Violation violation : violations.values()) {
				add(violation, id, approved, run);
			}
			run.state().record(change);
		}
	}

	private Set<Rule> approvals(ChangeSet changeSet, ChangeSetId id) {
		Set<Rule> approved = new HashSet<>(Approvals.fromComment(changeSet.getComments(), id));
		approved.addAll(this.policy.approvals().forChangeSet(id));
		return approved;
	}

	private void add(Violation violation, ChangeSetId changeSet, Set<Rule> approved, Run run) {
		Rule rule = violation.rule();
		Severity severity = this.policy.severityOf(rule);
		if (severity == Severity.OFF || run.state().isCreated(violation.table())) {
			return;
		}
		boolean isApproved = approved.contains(rule);
		if (rule.isOnline() && !this.policy.isOverridden(rule)) {
			if (this.target.isUpdate() && rule != Rule.CONCURRENT_INDEX_IN_TRANSACTION) {
				run.online().defer(violation, changeSet, isApproved, run.findings());
				return;
			}
			severity = this.target.isUpdate() ? Severity.BLOCK : Severity.WARN;
		}
		run.findings().add(new Finding(rule, severity, isApproved, changeSet, violation.changeType(),
				violation.target(), violation.message() + OnlineFindings.staticNote(rule, this.target.isUpdate(),
						this.policy.largeTableRows()), rule.suggestion()));
	}

	private static String key(Violation violation) {
		return violation.rule().id() + " " + violation.target();
	}

	/**
	 * The state of one lint: what the changesets left, how their SQL is judged, the calls
	 * of routines not yet known, the findings, and the changesets that could not be read.
	 */
	private record Run(RunState state, ChangeSql sql, List<CalledRoutines.PendingCall> calls, List<Finding> findings,
			OnlineFindings online, Map<ChangeSetId, UnreadableChangeSet> unreadable) {

	}

}
