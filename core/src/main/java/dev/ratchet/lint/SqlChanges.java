package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.ratchet.lint.sql.SqlClassification;
import dev.ratchet.lint.sql.SqlClassifier;
import liquibase.change.AbstractSQLChange;
import liquibase.change.core.RawSQLChange;
import liquibase.database.DatabaseList;
import liquibase.util.StringUtil;

/**
 * Classifies the SQL of {@code sql} and {@code sqlFile} changes and formatted SQL
 * changesets, split into statements exactly as Liquibase splits them
 * ({@code splitStatements}, {@code endDelimiter}, {@code stripComments}).
 */
final class SqlChanges {

	private final SqlClassifier classifier = new SqlClassifier();

	private final String databaseShortName;

	SqlChanges(String databaseShortName) {
		this.databaseShortName = databaseShortName;
	}

	SqlClassification classify(AbstractSQLChange change) {
		if (this.databaseShortName != null
				&& !DatabaseList.definitionMatches(change.getDbms(), this.databaseShortName, true)) {
			return new SqlClassification(List.of(), Set.of());
		}
		String sql = readSql(change);
		if (sql == null || sql.isBlank()) {
			return new SqlClassification(List.of(), Set.of());
		}
		List<Violation> violations = new ArrayList<>();
		Set<String> created = new HashSet<>();
		String changeType = change.getSerializedObjectName();
		for (String statement : statements(change, sql)) {
			SqlClassification classification = this.classifier.classify(statement, changeType);
			violations.addAll(classification.violations());
			created.addAll(classification.created());
		}
		return new SqlClassification(violations, created);
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

	private static String[] statements(AbstractSQLChange change, String sql) {
		String normalized = sql.replace("\r\n", "\n").replace('\r', '\n');
		if (change instanceof RawSQLChange raw && raw.isRerunnable()) {
			return new String[] { normalized };
		}
		return StringUtil.processMultiLineSQL(normalized, Boolean.TRUE.equals(change.isStripComments()),
				Boolean.TRUE.equals(change.isSplitStatements()), change.getEndDelimiter(), change.getChangeSet());
	}

}
