package dev.ratchet.state;

import java.util.ArrayList;
import java.util.List;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.RuntimeEnvironment;
import liquibase.Scope;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.changelog.filter.ShouldRunChangeSetFilter;
import liquibase.changelog.filter.UpToTagChangeSetFilter;
import liquibase.changelog.visitor.ListVisitor;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;

/**
 * The changesets an update will run, chosen exactly as Liquibase chooses them: not yet
 * run (or run-always, or run-on-change and changed), and matching the contexts, labels,
 * dbms and tag. Reads DATABASECHANGELOG and writes nothing.
 */
public final class PendingChangeSets {

	private PendingChangeSets() {
	}

	/**
	 * Lists the pending changesets in the order they will run.
	 * @param changeLog the parsed changelog
	 * @param database the database, connected
	 * @param contexts the contexts expression, may be {@code null}
	 * @param labels the label filter expression, may be {@code null}
	 * @param tag the tag the update stops at, may be {@code null}
	 * @return the pending changesets
	 * @throws LiquibaseException when DATABASECHANGELOG cannot be read
	 */
	public static List<ChangeSet> of(DatabaseChangeLog changeLog, Database database, String contexts, String labels,
			String tag) throws LiquibaseException {
		Contexts contextsExpression = new Contexts(contexts);
		LabelExpression labelExpression = new LabelExpression(labels);
		List<ChangeSetFilter> filters = new ArrayList<>();
		filters.add(new ShouldRunChangeSetFilter(database));
		filters.addAll(selection(contextsExpression, labelExpression, database));
		if (tag != null) {
			filters.add(new UpToTagChangeSetFilter(tag, database.getRanChangeSetList()));
		}
		ListVisitor visitor = new ListVisitor();
		new ChangeLogIterator(changeLog, filters).run(visitor,
				new RuntimeEnvironment(database, contextsExpression, labelExpression));
		return visitor.getSeenChangeSets();
	}

	/**
	 * Lists the pending changesets of an update about to run, as {@link #of} does, but first
	 * asks Liquibase's own up-to-date check, which the update asks too and answers from what
	 * this call found: a database with history and nothing pending is then read once, not
	 * twice. Where that check would only say "not up to date" and cost a validation of its
	 * own — a tagged update (which skips it), a database with fewer recorded changesets than
	 * the changelog has (a deploy that adds some, or an empty one), a changelog with a
	 * run-always changeset — the changesets are listed directly.
	 * @param changeLog the parsed changelog
	 * @param database the database, connected
	 * @param contexts the contexts expression, may be {@code null}
	 * @param labels the label filter expression, may be {@code null}
	 * @param tag the tag the update stops at, may be {@code null}
	 * @return the pending changesets
	 * @throws LiquibaseException when DATABASECHANGELOG cannot be read
	 */
	public static List<ChangeSet> beforeUpdate(DatabaseChangeLog changeLog, Database database, String contexts,
			String labels, String tag) throws LiquibaseException {
		if (mayBeUpToDate(changeLog, database, tag) && upToDate(changeLog, database, contexts, labels)) {
			return List.of();
		}
		return of(changeLog, database, contexts, labels, tag);
	}

	private static boolean mayBeUpToDate(DatabaseChangeLog changeLog, Database database, String tag)
			throws LiquibaseException {
		List<ChangeSet> changeSets = changeLog.getChangeSets();
		int recorded = database.getRanChangeSetList().size();
		return tag == null && recorded > 0 && recorded >= changeSets.size()
				&& changeSets.stream().noneMatch(ChangeSet::shouldAlwaysRun);
	}

	/**
	 * Asks {@link FastCheckService} with the arguments Liquibase's update passes it, so that
	 * the update finds the answer cached. A changelog that does not validate is left to the
	 * update to report.
	 */
	private static boolean upToDate(DatabaseChangeLog changeLog, Database database, String contexts, String labels) {
		Contexts contextsExpression = new Contexts(new Contexts(contexts).toString());
		LabelExpression labelExpression = new LabelExpression(new LabelExpression(labels).getOriginalString());
		try {
			return Scope.getCurrentScope()
				.getSingleton(FastCheckService.class)
				.isUpToDateFastCheck(new ArrayList<>(selection(contextsExpression, labelExpression, database)), database,
						changeLog, contextsExpression, labelExpression);
		}
		catch (LiquibaseException ex) {
			return false;
		}
	}

	private static List<ChangeSetFilter> selection(Contexts contexts, LabelExpression labels, Database database) {
		return List.of(new ContextChangeSetFilter(contexts), new LabelChangeSetFilter(labels),
				new DbmsChangeSetFilter(database), new IgnoreChangeSetFilter());
	}

}
