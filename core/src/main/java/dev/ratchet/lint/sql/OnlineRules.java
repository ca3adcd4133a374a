package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.ratchet.lint.Rule;

/**
 * The statements that keep data but lock an existing table while a scan, a rewrite or an
 * index build runs, read on their tokens. On PostgreSQL: {@code CREATE}/{@code DROP INDEX}
 * without {@code CONCURRENTLY}, a foreign key or {@code CHECK} without {@code NOT VALID}, a
 * primary key or unique constraint not built {@code USING INDEX}, a column added with a
 * volatile default, an identity, a serial type or a stored generated expression, and
 * {@code VACUUM FULL}, {@code CLUSTER}, {@code REINDEX} without {@code CONCURRENTLY} and
 * {@code LOCK TABLE}. {@code CONCURRENTLY} itself is reported so the linter can check the
 * changeset does not run in a transaction. On MariaDB/MySQL: a foreign key added with its
 * checks (a table copy) and {@code LOCK TABLES}. Type changes are judged by
 * {@link TypeChanges}.
 */
final class OnlineRules {

	private static final Set<String> SERIAL = Set.of("SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL2", "SERIAL4",
			"SERIAL8");

	private static final Set<String> MAINTENANCE_WORDS = Set.of("VACUUM", "FULL", "FREEZE", "VERBOSE", "ANALYZE",
			"REINDEX", "TABLE", "INDEX", "SCHEMA", "DATABASE", "SYSTEM", "CONCURRENTLY");

	private static final Set<String> WEAK_LOCKS = Set.of("ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE");

	private OnlineRules() {
	}

	/**
	 * Records what a statement locks, on the databases it runs on.
	 * @param statement the statement
	 * @param findings where to record it
	 */
	static void inspect(SqlStatement statement, Findings findings) {
		boolean postgres = findings.dialects().stream().anyMatch(Dialects::isPostgres);
		boolean mysql = findings.dialects().stream().anyMatch(Dialects::isMySql);
		List<SqlToken> tokens = statement.tokens();
		if (postgres) {
			postgres(statement, tokens, findings);
		}
		if (mysql) {
			mysql(statement, tokens, findings);
		}
	}

	private static void postgres(SqlStatement statement, List<SqlToken> tokens, Findings findings) {
		if (statement.startsWith("CREATE", "INDEX") || statement.startsWith("CREATE", "UNIQUE", "INDEX")) {
			createIndex(tokens, findings);
		}
		else if (statement.startsWith("DROP", "INDEX")) {
			String index = SqlStatement.nameAt(tokens, concurrently(tokens, 2) ? 3 : 2);
			if (concurrently(tokens, 2)) {
				findings.add(Rule.CONCURRENT_INDEX_IN_TRANSACTION, null, index,
						"drops index " + index + " CONCURRENTLY");
			}
			else {
				findings.add(Rule.BLOCKING_INDEX, null, index, "drops index " + index + " without CONCURRENTLY");
			}
		}
		else if (statement.startsWith("REINDEX")) {
			reindex(tokens, findings);
		}
		else if (statement.startsWith("VACUUM") && isFullVacuum(tokens)) {
			String table = lastName(tokens);
			findings.table(Rule.EXCLUSIVE_MAINTENANCE, table, "runs VACUUM FULL" + on(table));
		}
		else if (statement.startsWith("CLUSTER")) {
			String table = (tokens.size() > 1 && tokens.get(1).isName() && !tokens.get(1).is("VERBOSE"))
					? SqlStatement.nameAt(tokens, 1) : null;
			findings.table(Rule.EXCLUSIVE_MAINTENANCE, table, "runs CLUSTER" + on(table));
		}
		else if (statement.startsWith("LOCK")) {
			lock(tokens, findings, false);
		}
		else if (statement.startsWith("ALTER", "TABLE")) {
			alterTable(tokens, findings);
		}
	}

	private static void mysql(SqlStatement statement, List<SqlToken> tokens, Findings findings) {
		if (statement.startsWith("LOCK", "TABLES") || statement.startsWith("LOCK", "TABLE")) {
			lock(tokens, findings, true);
		}
		else if (statement.startsWith("ALTER", "TABLE")) {
			String table = table(tokens);
			for (List<SqlToken> action : actions(tokens)) {
				if (constraint(action) && (contains(action, "FOREIGN") || contains(action, "REFERENCES"))) {
					findings.table(Rule.VALIDATING_CONSTRAINT, table,
							"adds a foreign key to " + table + ", which MariaDB and MySQL add by copying the table");
				}
			}
		}
	}

	private static void createIndex(List<SqlToken> tokens, Findings findings) {
		int index = tokens.get(1).is("UNIQUE") ? 3 : 2;
		boolean concurrently = concurrently(tokens, index);
		String table = null;
		for (int i = index; i + 1 < tokens.size(); i++) {
			if (tokens.get(i).is("ON")) {
				table = SqlStatement.nameAt(tokens, tokens.get(i + 1).is("ONLY") ? i + 2 : i + 1);
				break;
			}
		}
		if (concurrently) {
			findings.table(Rule.CONCURRENT_INDEX_IN_TRANSACTION, table, "creates an index CONCURRENTLY" + on(table));
		}
		else {
			findings.table(Rule.BLOCKING_INDEX, table, "creates an index" + on(table) + " without CONCURRENTLY");
		}
	}

	private static void reindex(List<SqlToken> tokens, Findings findings) {
		boolean concurrently = tokens.stream().anyMatch((token) -> token.is("CONCURRENTLY"));
		boolean table = tokens.size() > 1 && tokens.get(1).is("TABLE");
		String name = lastName(tokens);
		if (concurrently) {
			findings.add(Rule.CONCURRENT_INDEX_IN_TRANSACTION, table ? name : null, name, "reindexes " + name
					+ " CONCURRENTLY");
		}
		else {
			findings.add(Rule.EXCLUSIVE_MAINTENANCE, table ? name : null, name,
					"reindexes " + name + " without CONCURRENTLY");
		}
	}

	private static void lock(List<SqlToken> tokens, Findings findings, boolean mysql) {
		String mode = mode(tokens);
		if (!mysql && mode != null && WEAK_LOCKS.contains(mode)) {
			return;
		}
		int first = (tokens.size() > 1 && (tokens.get(1).is("TABLE") || tokens.get(1).is("TABLES"))) ? 2 : 1;
		String table = SqlStatement.nameAt(tokens, (first < tokens.size() && tokens.get(first).is("ONLY")) ? first + 1 : first);
		findings.table(Rule.EXCLUSIVE_MAINTENANCE, table,
				"locks table " + table + ((mode != null) ? " in " + mode + " mode" : ""));
	}

	private static void alterTable(List<SqlToken> tokens, Findings findings) {
		String table = table(tokens);
		for (List<SqlToken> action : actions(tokens)) {
			if (action.size() > 2 && action.get(0).is("VALIDATE") && action.get(1).is("CONSTRAINT")) {
				findings.notNullCheckChanges().validated(table, action.get(2).value());
			}
			if (!action.isEmpty() && action.get(0).is("ADD")) {
				if (constraint(action)) {
					constraintAdded(table, action, findings);
					notNullCheck(table, action, findings);
				}
				else {
					columnAdded(table, action, findings);
				}
			}
		}
	}

	private static void constraintAdded(String table, List<SqlToken> action, Findings findings) {
		boolean notValid = containsPair(action, "NOT", "VALID");
		if ((contains(action, "FOREIGN") || contains(action, "REFERENCES")) && !notValid) {
			findings.table(Rule.VALIDATING_CONSTRAINT, table,
					"adds a foreign key to " + table + " without NOT VALID, which checks every row under a lock");
		}
		else if (contains(action, "CHECK") && !notValid) {
			findings.table(Rule.VALIDATING_CONSTRAINT, table,
					"adds a CHECK constraint to " + table + " without NOT VALID, which checks every row under a lock");
		}
		else if ((containsPair(action, "PRIMARY", "KEY") || contains(action, "UNIQUE"))
				&& !containsPair(action, "USING", "INDEX")) {
			findings.table(Rule.VALIDATING_CONSTRAINT, table, "adds a "
					+ (contains(action, "UNIQUE") ? "unique constraint" : "primary key") + " to " + table
					+ " that builds its index under a lock, not USING INDEX");
		}
	}

	/**
	 * Records {@code [CONSTRAINT name] CHECK (column IS NOT NULL) [NOT VALID]}.
	 */
	private static void notNullCheck(String table, List<SqlToken> action, Findings findings) {
		String constraint = (action.get(1).is("CONSTRAINT") && action.size() > 2) ? action.get(2).value() : null;
		int check = (constraint != null) ? 3 : 1;
		String column = (check < action.size()) ? NotNullChecks.checkedColumn(action.subList(check, action.size()))
				: null;
		if (column != null) {
			findings.notNullCheckChanges().added(table, constraint, column, !containsPair(action, "NOT", "VALID"));
		}
	}

	private static void columnAdded(String table, List<SqlToken> action, Findings findings) {
		int name = (action.size() > 1 && action.get(1).is("COLUMN")) ? 2 : 1;
		name = skipIfNotExists(action, name);
		String column = (name < action.size()) ? Names.of(action.get(name).value()) : null;
		String why = null;
		if (name + 1 < action.size() && action.get(name + 1).kind() == SqlToken.Kind.WORD
				&& SERIAL.contains(action.get(name + 1).value())) {
			why = "a serial column";
		}
		else if (contains(action, "IDENTITY")) {
			why = "an identity column";
		}
		else if (contains(action, "GENERATED") && contains(action, "STORED")) {
			why = "a stored generated column";
		}
		else if (volatileDefault(action)) {
			why = "a column with a volatile default";
		}
		if (why != null) {
			findings.column(Rule.TABLE_REWRITE, table, column, "adds " + why + " " + column + " to " + table
					+ ", which writes every existing row");
		}
	}

	private static boolean volatileDefault(List<SqlToken> action) {
		for (int i = 0; i < action.size(); i++) {
			if (action.get(i).is("DEFAULT")) {
				return VolatileFunctions.calledIn(action.subList(i + 1, action.size()));
			}
		}
		return false;
	}

	private static String table(List<SqlToken> tokens) {
		int name = 2;
		while (name < tokens.size() && (tokens.get(name).is("IF") || tokens.get(name).is("EXISTS")
				|| tokens.get(name).is("ONLY"))) {
			name++;
		}
		return SqlStatement.nameAt(tokens, name);
	}

	/**
	 * Splits the actions of an {@code ALTER TABLE} at the commas between them.
	 */
	private static List<List<SqlToken>> actions(List<SqlToken> tokens) {
		List<List<SqlToken>> actions = new ArrayList<>();
		int start = 2;
		while (start < tokens.size() && !tokens.get(start).is("ADD") && !tokens.get(start).is("ALTER")
				&& !tokens.get(start).is("DROP") && !tokens.get(start).is("VALIDATE")) {
			start++;
		}
		List<SqlToken> current = new ArrayList<>();
		int depth = 0;
		for (int i = start; i < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			if (depth == 0 && token.isSymbol(",")) {
				actions.add(current);
				current = new ArrayList<>();
			}
			else {
				current.add(token);
			}
		}
		actions.add(current);
		return actions;
	}

	private static boolean constraint(List<SqlToken> action) {
		if (action.size() < 2 || !action.get(0).is("ADD")) {
			return false;
		}
		SqlToken what = action.get(1);
		return what.is("CONSTRAINT") || what.is("FOREIGN") || what.is("PRIMARY") || what.is("UNIQUE")
				|| what.is("CHECK");
	}

	private static boolean concurrently(List<SqlToken> tokens, int index) {
		return index < tokens.size() && tokens.get(index).is("CONCURRENTLY");
	}

	private static boolean isFullVacuum(List<SqlToken> tokens) {
		return tokens.stream().anyMatch((token) -> token.is("FULL"));
	}

	private static String mode(List<SqlToken> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).is("IN")) {
				List<String> words = new ArrayList<>();
				for (int j = i + 1; j < tokens.size() && !tokens.get(j).is("MODE"); j++) {
					words.add(tokens.get(j).value());
				}
				return String.join(" ", words);
			}
		}
		return null;
	}

	private static String lastName(List<SqlToken> tokens) {
		SqlToken last = tokens.get(tokens.size() - 1);
		boolean keyword = last.kind() == SqlToken.Kind.WORD && MAINTENANCE_WORDS.contains(last.value());
		return (tokens.size() > 1 && last.isName() && !keyword) ? Names.of(last.value()) : null;
	}

	private static int skipIfNotExists(List<SqlToken> action, int index) {
		int i = index;
		while (i < action.size() && (action.get(i).is("IF") || action.get(i).is("NOT") || action.get(i).is("EXISTS"))) {
			i++;
		}
		return i;
	}

	private static boolean contains(List<SqlToken> tokens, String keyword) {
		return tokens.stream().anyMatch((token) -> token.is(keyword));
	}

	private static boolean containsPair(List<SqlToken> tokens, String first, String second) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if (tokens.get(i).is(first) && tokens.get(i + 1).is(second)) {
				return true;
			}
		}
		return false;
	}

	private static String on(String table) {
		return (table != null) ? " on " + table : "";
	}

}
