package dev.ratchet.state;

import java.util.ArrayList;
import java.util.List;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.RuntimeEnvironment;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
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
		filters.add(new ContextChangeSetFilter(contextsExpression));
		filters.add(new LabelChangeSetFilter(labelExpression));
		filters.add(new DbmsChangeSetFilter(database));
		filters.add(new IgnoreChangeSetFilter());
		if (tag != null) {
			filters.add(new UpToTagChangeSetFilter(tag, database.getRanChangeSetList()));
		}
		ListVisitor visitor = new ListVisitor();
		new ChangeLogIterator(changeLog, filters).run(visitor,
				new RuntimeEnvironment(database, contextsExpression, labelExpression));
		return visitor.getSeenChangeSets();
	}

}
