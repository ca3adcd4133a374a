package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.Change;
import liquibase.database.Database;
import liquibase.sql.Sql;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.ExecutablePreparedStatement;
import liquibase.statement.SqlStatement;

/**
 * The statements Liquibase sends for a change, rendered the way its executor renders them:
 * the change's statements through the SQL generators of the database, statements the
 * database does not support skipped where Liquibase skips them, then each of the
 * changeset's {@code modifySql} visitors in order. Prepared statements (such as
 * {@code loadData} with prepared statements) bypass the visitors and render to nothing.
 */
final class RenderedSql {

	private RenderedSql() {
	}

	/**
	 * Renders a change.
	 * @param change the change
	 * @param database the database it runs on, connected or offline
	 * @param visitors the {@code modifySql} visitors that apply
	 * @return the statements in the order Liquibase sends them
	 * @throws RuntimeException when Liquibase cannot render the change
	 */
	static List<String> of(Change change, Database database, List<SqlVisitor> visitors) {
		SqlGeneratorFactory generators = SqlGeneratorFactory.getInstance();
		List<String> rendered = new ArrayList<>();
		SqlStatement[] statements = change.generateStatements(database);
		if (statements == null) {
			return rendered;
		}
		for (SqlStatement statement : statements) {
			if (statement instanceof ExecutablePreparedStatement
					|| (statement.skipOnUnsupported() && !generators.supports(statement, database))) {
				continue;
			}
			Sql[] sql = generators.generateSql(statement, database);
			for (Sql one : (sql != null) ? sql : new Sql[0]) {
				if (one != null) {
					rendered.add(modify(one.toSql(), database, visitors));
				}
			}
		}
		return rendered;
	}

	/**
	 * Applies {@code modifySql} visitors to one statement.
	 * @param sql the statement
	 * @param database the database
	 * @param visitors the visitors, in changeset order
	 * @return the statement Liquibase sends
	 */
	static String modify(String sql, Database database, List<SqlVisitor> visitors) {
		String modified = sql;
		for (SqlVisitor visitor : visitors) {
			modified = visitor.modifySql(modified, database);
		}
		return modified;
	}

}
