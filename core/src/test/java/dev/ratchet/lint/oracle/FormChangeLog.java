package dev.ratchet.lint.oracle;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.Change;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * A form's changelog as Liquibase reads it, the statements each changeset sends to
 * PostgreSQL, and the fixture as a changeset of its own, so that static lint knows the
 * tables' history as it would in a real changelog.
 */
public final class FormChangeLog {

	private final List<ChangeSet> changeSets;

	private FormChangeLog(List<ChangeSet> changeSets) {
		this.changeSets = changeSets;
	}

	/**
	 * Parses a form's changelog.
	 * @param form the form
	 * @return its changelog
	 */
	public static FormChangeLog of(OnlineForm form) {
		try (ResourceAccessor accessor = new ClassLoaderResourceAccessor(FormChangeLog.class.getClassLoader())) {
			DatabaseChangeLog changeLog = liquibase.parser.ChangeLogParserFactory.getInstance()
				.getParser(form.path(), accessor)
				.parse(form.path(), new ChangeLogParameters(), accessor);
			return new FormChangeLog(changeLog.getChangeSets());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not parse " + form.path(), ex);
		}
	}

	/**
	 * Returns the form's changesets.
	 * @return the changesets, in order
	 */
	public List<ChangeSet> changeSets() {
		return this.changeSets;
	}

	/**
	 * Returns the statements Liquibase sends to PostgreSQL for a changeset, one by one: SQL
	 * that Liquibase sends as one string (it does not split a {@code BEGIN} without
	 * {@code END}) is split at its semicolons, as the JDBC driver runs it.
	 * @param changeSet the changeset
	 * @return the statements, in order
	 */
	public static List<String> statements(ChangeSet changeSet) {
		Database postgresql = postgresql();
		List<String> statements = new ArrayList<>();
		for (Change change : changeSet.getChanges()) {
			for (SqlStatement statement : change.generateStatements(postgresql)) {
				for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(statement, postgresql)) {
					statements.addAll(split(sql.toSql()));
				}
			}
		}
		return statements;
	}

	/**
	 * Splits SQL at the semicolons outside string literals and {@code $$} bodies; the forms
	 * hold no other quoting.
	 */
	private static List<String> split(String sql) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean literal = false;
		boolean body = false;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			literal ^= (c == '\'' && !body);
			body ^= (c == '$' && i + 1 < sql.length() && sql.charAt(i + 1) == '$' && !literal);
			if (c == '$' && i + 1 < sql.length() && sql.charAt(i + 1) == '$') {
				current.append(c);
				c = sql.charAt(++i);
			}
			if (c == ';' && !literal && !body) {
				add(statements, current);
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		add(statements, current);
		return statements;
	}

	private static void add(List<String> statements, StringBuilder statement) {
		if (!statement.toString().isBlank()) {
			statements.add(statement.toString().trim());
		}
	}

	/**
	 * Returns the fixture as a changeset that creates the tables, for static lint.
	 * @param fixture the fixture's statements
	 * @return the changeset
	 */
	public static ChangeSet fixtureChangeSet(List<String> fixture) {
		ChangeSet changeSet = new ChangeSet("fixture", "ratchet", false, false, "online/fixture.sql", null, null, true,
				null);
		RawSQLChange sql = new RawSQLChange(String.join(";\n", fixture));
		sql.setSplitStatements(true);
		changeSet.addChange(sql);
		return changeSet;
	}

	private static Database postgresql() {
		try {
			return DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new OfflineConnection("offline:postgresql",
						new ClassLoaderResourceAccessor(FormChangeLog.class.getClassLoader())));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
