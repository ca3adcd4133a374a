package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;

/**
 * The statements other than {@code ALTER TABLE} that keep data but lock an existing table
 * while a scan, a rewrite or an index build runs, read on their tokens. On PostgreSQL:
 * {@code CREATE}/{@code DROP INDEX} without {@code CONCURRENTLY}, {@code VACUUM FULL},
 * {@code CLUSTER}, {@code REINDEX} and {@code REFRESH MATERIALIZED VIEW} without
 * {@code CONCURRENTLY}, and {@code LOCK TABLE}; a {@code CONCURRENTLY} form inside a
 * transaction, which PostgreSQL refuses. On MariaDB/MySQL: {@code LOCK TABLES}.
 * {@code ALTER TABLE} is judged by {@link AlterTableRules}, {@code ALTER DOMAIN} by
 * {@link DomainRules}.
 */
final class OnlineRules {

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
			dropIndex(tokens, findings);
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
		else if (statement.startsWith("REFRESH", "MATERIALIZED", "VIEW")) {
			refresh(tokens, findings);
		}
	}

	private static void mysql(SqlStatement statement, List<SqlToken> tokens, Findings findings) {
		if (statement.startsWith("LOCK", "TABLES") || statement.startsWith("LOCK", "TABLE")) {
			lock(tokens, findings, true);
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
			inTransaction(findings, table, table, "creates an index CONCURRENTLY" + on(table));
		}
		else {
			findings.table(Rule.BLOCKING_INDEX, table, "creates an index" + on(table) + " without CONCURRENTLY");
			findings.transaction().lock(table, "CREATE INDEX" + on(table));
		}
	}

	private static void dropIndex(List<SqlToken> tokens, Findings findings) {
		boolean concurrently = concurrently(tokens, 2);
		TokenCursor cursor = new TokenCursor(tokens.subList(concurrently ? 3 : 2, tokens.size()));
		cursor.acceptIfExists();
		for (String index = cursor.name(); index != null; index = cursor.acceptSymbol(",") ? cursor.name() : null) {
			if (concurrently) {
				inTransaction(findings, null, index, "drops index " + index + " CONCURRENTLY");
			}
			else {
				findings.add(Rule.BLOCKING_INDEX, null, index, "drops index " + index + " without CONCURRENTLY");
			}
		}
	}

	private static void reindex(List<SqlToken> tokens, Findings findings) {
		boolean concurrently = tokens.stream().anyMatch((token) -> token.is("CONCURRENTLY"));
		boolean table = tokens.stream().anyMatch((token) -> token.is("TABLE"));
		String name = lastName(tokens);
		if (concurrently) {
			inTransaction(findings, table ? name : null, name, "reindexes " + name + " CONCURRENTLY");
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
		findings.transaction().lock(table, "LOCK TABLE " + table);
	}

	/**
	 * {@code REFRESH MATERIALIZED VIEW} without {@code CONCURRENTLY} locks the view against
	 * reads while its query runs again; {@code CONCURRENTLY} cannot run in a transaction.
	 */
	private static void refresh(List<SqlToken> tokens, Findings findings) {
		boolean concurrently = concurrently(tokens, 3);
		String view = SqlStatement.nameAt(tokens, concurrently ? 4 : 3);
		if (concurrently) {
			inTransaction(findings, view, view, "refreshes materialized view " + view + " CONCURRENTLY");
		}
		else {
			findings.table(Rule.EXCLUSIVE_MAINTENANCE, view, "refreshes materialized view " + view
					+ " without CONCURRENTLY, which locks it against reads while its query runs");
		}
	}

	/**
	 * Records a {@code CONCURRENTLY} form that runs inside a transaction, where PostgreSQL
	 * refuses it; outside one it locks nothing for long.
	 */
	private static void inTransaction(Findings findings, String table, String target, String message) {
		if (findings.transaction().isOpen()) {
			findings.add(Rule.CONCURRENT_INDEX_IN_TRANSACTION, table, target,
					message + " inside a transaction, which PostgreSQL refuses");
		}
	}

	private static boolean concurrently(List<SqlToken> tokens, int index) {
		return index < tokens.size() && tokens.get(index).is("CONCURRENTLY");
	}

	/**
	 * Returns whether a {@code VACUUM} is {@code FULL}: {@code VACUUM FULL …} or
	 * {@code VACUUM (FULL [true], …)}, not {@code (FULL false)}.
	 */
	private static boolean isFullVacuum(List<SqlToken> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).is("FULL")) {
				SqlToken next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : null;
				boolean off = next != null && (next.is("FALSE") || next.is("OFF") || next.text().equals("0"));
				return !off;
			}
		}
		return false;
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
		return (tokens.size() > 1 && last.isName() && !keyword) ? Identifiers.unqualifiedKey(last.value()) : null;
	}

	private static String on(String table) {
		return (table != null) ? " on " + table : "";
	}

}
