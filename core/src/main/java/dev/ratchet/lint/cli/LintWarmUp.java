package dev.ratchet.lint.cli;

import java.util.List;

import dev.ratchet.lint.ChangeSetLinter;
import dev.ratchet.lint.ChangeText;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.LintTarget;
import dev.ratchet.lint.report.ReportFormat;
import liquibase.change.AddColumnConfig;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.sql.visitor.AppendSqlVisitor;

/**
 * Lints a few changesets made in memory on a thread of its own and forgets the result, so
 * that what a first lint loads and initializes once (the SQL parser, Liquibase's SQL
 * generators and splitter, the rules, the report) is ready when a cold command line reaches
 * it: the command line starts it before reading the changelog, which keeps the other core
 * busy meanwhile. It changes nothing a lint reads and prints nothing.
 */
final class LintWarmUp {

	private static final String FILE = "ratchet-warm-up.yaml";

	private LintWarmUp() {
	}

	/**
	 * Starts the warm-up on a daemon thread.
	 * @param target the databases the lint renders for
	 */
	static void start(LintTarget target) {
		Thread thread = new Thread(() -> run(target), "ratchet-lint-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private static void run(LintTarget target) {
		try {
			List<ChangeSet> changeSets = changeSets();
			LintReport report = new ChangeSetLinter(LintPolicy.defaults(), target).lintEach(changeSets);
			changeSets.forEach((changeSet) -> changeSet.getChanges().forEach(ChangeText::of));
			ReportFormat.TEXT.write(report);
		}
		catch (RuntimeException | LinkageError ex) {
			// a warm-up that fails leaves the lint to load what it needs itself
		}
	}

	private static List<ChangeSet> changeSets() {
		DatabaseChangeLog changeLog = new DatabaseChangeLog(FILE);
		ChangeSet table = changeSet("table", changeLog);
		CreateTableChange create = new CreateTableChange();
		create.setTableName("warm_up");
		create.addColumn(new ColumnConfig().setName("id").setType("bigint")
			.setConstraints(new ConstraintsConfig().setPrimaryKey(true)));
		table.addChange(create);
		ChangeSet alter = changeSet("alter", changeLog);
		AddColumnChange add = new AddColumnChange();
		add.setTableName("warm_up");
		AddColumnConfig column = new AddColumnConfig();
		column.setName("name");
		column.setType("varchar(100)");
		add.addColumn(column);
		alter.addChange(add);
		CreateIndexChange index = new CreateIndexChange();
		index.setTableName("warm_up");
		index.setIndexName("warm_up_name");
		AddColumnConfig indexed = new AddColumnConfig();
		indexed.setName("name");
		index.addColumn(indexed);
		alter.addChange(index);
		AppendSqlVisitor append = new AppendSqlVisitor();
		append.setValue(" ");
		alter.addSqlVisitor(append);
		ChangeSet sql = changeSet("sql", changeLog);
		sql.addChange(new RawSQLChange("UPDATE warm_up SET name = 'a' WHERE id = 1 OR 1 = 1;\n"
				+ "DELETE FROM warm_up WHERE name IS NULL;\nALTER TABLE warm_up DROP COLUMN name;"));
		return List.of(table, alter, sql);
	}

	private static ChangeSet changeSet(String id, DatabaseChangeLog changeLog) {
		ChangeSet changeSet = new ChangeSet(id, "ratchet", false, false, FILE, null, null, changeLog);
		changeLog.addChangeSet(changeSet);
		return changeSet;
	}

}
