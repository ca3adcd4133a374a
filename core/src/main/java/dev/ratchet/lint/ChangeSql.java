package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.lint.LintTarget.Rendering;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Violation;
import dev.ratchet.lint.sql.Call;
import dev.ratchet.lint.sql.SqlClassification;
import dev.ratchet.lint.sql.SqlClassifier;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.core.CreateProcedureChange;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.core.RawSQLChange;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.changelog.ChangeSet;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.util.StringUtil;

/**
 * Judges the SQL a change sends. SQL changes ({@code sql}, {@code sqlFile}, formatted SQL)
 * are split exactly as Liquibase splits them and classified statement by statement; at boot
 * as the {@code modifySql} of the changeset leaves them, in static lint as written and again
 * as each rendered database's {@code modifySql} leaves them. {@code createProcedure} is
 * classified as the routine it creates. A change of a known type is judged by its type, and
 * its rendered SQL only adds what {@code modifySql} changed; a change of any other type is
 * judged by the SQL it renders to, and one that cannot be rendered is
 * {@link Rule#CUSTOM_CHANGE}. Custom changes and shell commands are never rendered: that
 * would run them.
 */
final class ChangeSql {

	private final SqlClassifier classifier = new SqlClassifier();

	private final List<Rendering> renderings;

	private final boolean update;

	private final ChangeRules rules;

	ChangeSql(List<Rendering> renderings, boolean update, ChangeRules rules) {
		this.renderings = renderings;
		this.update = update;
		this.rules = rules;
	}

	/**
	 * Judges the SQL of a change, recording what it creates in the run.
	 * @param change the change
	 * @param changeSet its changeset, for its {@code modifySql}
	 * @param state the run so far
	 * @return the violations and the calls of routines not known
	 */
	Judged judge(Change change, ChangeSet changeSet, RunState state) {
		Judged judged = new Judged(new ArrayList<>(), new ArrayList<>());
		if (change instanceof CustomChangeWrapper || change instanceof ExecuteShellCommandChange
				|| change instanceof UnresolvedChange) {
			return judged;
		}
		if (change instanceof AbstractSQLChange sql) {
			sql(sql, changeSet, state, judged);
		}
		else if (change instanceof CreateProcedureChange procedure) {
			procedure(procedure, changeSet, state, judged);
		}
		else if (this.rules.knows(change)) {
			modified(change, changeSet, state, judged);
		}
		else {
			rendered(change, changeSet, state, judged);
		}
		return judged;
	}

	private void sql(AbstractSQLChange change, ChangeSet changeSet, RunState state, Judged judged) {
		String sql = readSql(change);
		if (sql == null || sql.isBlank()) {
			return;
		}
		List<String> written = statements(change, sql);
		if (!this.update) {
			classify(written, change, state, judged);
		}
		for (Rendering rendering : this.renderings) {
			List<String> sent = modify(written, rendering, rendering.visitors(changeSet));
			if (this.update || !sent.equals(written)) {
				classify(sent, change, state, judged);
			}
		}
	}

	private void procedure(CreateProcedureChange change, ChangeSet changeSet, RunState state, Judged judged) {
		for (Rendering rendering : this.renderings) {
			List<String> sent;
			try {
				sent = RenderedSql.of(change, rendering.database(), rendering.visitors(changeSet));
			}
			catch (RuntimeException ex) {
				sent = (change.getProcedureText() != null) ? List.of(change.getProcedureText()) : List.of();
			}
			classify(sent, change, state, judged);
		}
	}

	/**
	 * A change of a known type: only what its {@code modifySql} adds to the SQL Liquibase
	 * renders for it counts, since the type itself is judged by its rule row.
	 */
	private void modified(Change change, ChangeSet changeSet, RunState state, Judged judged) {
		for (Rendering rendering : this.renderings) {
			List<SqlVisitor> visitors = rendering.visitors(changeSet);
			if (visitors.isEmpty()) {
				continue;
			}
			List<String> generated;
			List<String> sent;
			try {
				generated = RenderedSql.of(change, rendering.database(), List.of());
				sent = RenderedSql.of(change, rendering.database(), visitors);
			}
			catch (RuntimeException ex) {
				continue;
			}
			if (!sent.equals(generated)) {
				added(generated, sent, change, state, judged);
			}
		}
	}

	private void added(List<String> generated, List<String> sent, Change change, RunState state, Judged judged) {
		Map<String, Integer> before = new HashMap<>();
		List<Call> calledBefore = new ArrayList<>();
		for (String statement : generated) {
			SqlClassification classification = this.classifier.classify(statement, change.getSerializedObjectName(),
					state);
			classification.violations().forEach((violation) -> before.merge(key(violation), 1, Integer::sum));
			calledBefore.addAll(classification.calls());
		}
		for (String statement : sent) {
			SqlClassification classification = this.classifier.classify(statement, change.getSerializedObjectName(),
					state);
			for (Violation violation : classification.violations()) {
				if (before.merge(key(violation), -1, Integer::sum) < 0) {
					judged.violations().add(violation);
				}
			}
			classification.calls().stream().filter((call) -> !calledBefore.contains(call)).forEach(judged.calls()::add);
		}
	}

	/**
	 * A change of a type Ratchet does not know, such as an extension's: it is judged by the
	 * SQL it renders to, and fails closed when it cannot be rendered.
	 */
	private void rendered(Change change, ChangeSet changeSet, RunState state, Judged judged) {
		String type = change.getSerializedObjectName();
		for (Rendering rendering : this.renderings) {
			List<String> sent;
			try {
				sent = RenderedSql.of(change, rendering.database(), rendering.visitors(changeSet));
			}
			catch (RuntimeException ex) {
				judged.violations().add(new Violation(Rule.CUSTOM_CHANGE, type, null, type,
						"uses change type " + type + ", whose SQL for " + rendering.database().getShortName()
								+ " could not be rendered: " + ex.getMessage()));
				continue;
			}
			classify(sent, change, state, judged);
		}
	}

	private void classify(List<String> statements, Change change, RunState state, Judged judged) {
		for (String statement : statements) {
			SqlClassification classification = this.classifier.classify(statement, change.getSerializedObjectName(),
					state);
			state.record(classification);
			judged.violations().addAll(classification.violations());
			judged.calls().addAll(classification.calls());
		}
	}

	private static List<String> modify(List<String> statements, Rendering rendering, List<SqlVisitor> visitors) {
		if (visitors.isEmpty()) {
			return statements;
		}
		return statements.stream().map((statement) -> RenderedSql.modify(statement, rendering.database(), visitors))
			.toList();
	}

	private static String readSql(AbstractSQLChange change) {
		try {
			return change.getSql();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Cannot read the SQL of a " + change.getSerializedObjectName()
					+ " change in changeset " + change.getChangeSet() + ": " + ex.getMessage(), ex);
		}
	}

	private static List<String> statements(AbstractSQLChange change, String sql) {
		String normalized = sql.replace("\r\n", "\n").replace('\r', '\n');
		if (change instanceof RawSQLChange raw && raw.isRerunnable()) {
			return List.of(normalized);
		}
		return List.of(StringUtil.processMultiLineSQL(normalized, Boolean.TRUE.equals(change.isStripComments()),
				Boolean.TRUE.equals(change.isSplitStatements()), change.getEndDelimiter(), change.getChangeSet()));
	}

	private static String key(Violation violation) {
		return violation.rule().id() + " " + violation.target();
	}

	/**
	 * What the SQL of a change does.
	 *
	 * @param violations the violations, in statement order
	 * @param calls the calls of routines not known in the run
	 */
	record Judged(List<Violation> violations, List<Call> calls) {

	}

}
