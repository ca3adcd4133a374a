package dev.ratchet.liquibase;

import java.util.ArrayList;
import java.util.List;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
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
import liquibase.integration.spring.SpringLiquibase;

/**
 * The changesets an update will run, chosen exactly as Liquibase chooses them: not yet
 * run (or run-always / changed run-on-change), and matching the bean's contexts, labels,
 * dbms and tag. Reads DATABASECHANGELOG and writes nothing.
 */
final class PendingChangeSets {

	private PendingChangeSets() {
	}

	static List<ChangeSet> of(Liquibase liquibase, SpringLiquibase bean) throws LiquibaseException {
		DatabaseChangeLog changeLog = liquibase.getDatabaseChangeLog();
		Database database = liquibase.getDatabase();
		Contexts contexts = new Contexts(bean.getContexts());
		LabelExpression labels = new LabelExpression(bean.getLabelFilter());
		List<ChangeSetFilter> filters = new ArrayList<>();
		filters.add(new ShouldRunChangeSetFilter(database));
		filters.add(new ContextChangeSetFilter(contexts));
		filters.add(new LabelChangeSetFilter(labels));
		filters.add(new DbmsChangeSetFilter(database));
		filters.add(new IgnoreChangeSetFilter());
		if (bean.getTag() != null) {
			filters.add(new UpToTagChangeSetFilter(bean.getTag(), database.getRanChangeSetList()));
		}
		ListVisitor visitor = new ListVisitor();
		new ChangeLogIterator(changeLog, filters).run(visitor, new RuntimeEnvironment(database, contexts, labels));
		return visitor.getSeenChangeSets();
	}

}
