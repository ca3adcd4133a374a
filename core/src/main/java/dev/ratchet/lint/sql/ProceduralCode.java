package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The statements of procedural code: a PL/pgSQL {@code DO} block or function body, a MySQL or
 * MariaDB compound statement, an Oracle PL/SQL block, or the statements of a {@code LANGUAGE
 * sql} body. Control flow ({@code BEGIN}, {@code IF … THEN}, {@code LOOP}, {@code WHILE},
 * {@code FOR … IN query LOOP}, {@code CASE … WHEN}, {@code EXCEPTION WHEN}, labels) is taken
 * apart so that each statement it runs is classified on its own; conditions and loop queries
 * become {@code SELECT}s, so the routines they call count. Declarations are skipped.
 */
final class ProceduralCode {

	private static final Set<String> STATEMENTS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT",
			"TRUNCATE", "DROP", "ALTER", "CREATE", "EXECUTE", "PERFORM", "CALL", "RETURN", "RAISE", "SET", "PREPARE",
			"DEALLOCATE", "GRANT", "REVOKE", "COMMENT", "WITH", "REPLACE", "RENAME", "LOCK", "VACUUM", "ANALYZE",
			"CLUSTER", "REINDEX", "REFRESH", "COMMIT", "ROLLBACK", "SAVEPOINT", "NULL", "EXIT", "CONTINUE", "LEAVE",
			"ITERATE", "GET", "OPEN", "FETCH", "CLOSE", "MOVE", "SIGNAL", "RESIGNAL", "ASSERT", "COPY", "DO", "LOAD",
			"IF", "CASE", "LOOP", "WHILE", "FOR", "FOREACH", "REPEAT", "BEGIN", "DECLARE", "END", "VALUES", "TABLE",
			"DBMS_OUTPUT", "PIPE");

	private static final Set<String> LOOP_QUERIES = Set.of("SELECT", "WITH", "VALUES", "EXECUTE");

	private ProceduralCode() {
	}

	/**
	 * Returns the statements the code runs, in order.
	 * @param tokens the code's tokens
	 * @param declarations whether the code starts with declarations before its
	 * {@code BEGIN}, as the body of an Oracle routine after {@code AS} does
	 * @return the statements
	 */
	static List<SqlStatement> statements(List<SqlToken> tokens, boolean declarations) {
		List<SqlStatement> statements = new ArrayList<>();
		boolean declaring = declarations;
		for (List<SqlToken> piece : pieces(tokens)) {
			Piece rest = new Piece(piece, declaring);
			rest.strip(statements);
			declaring = rest.declaring;
			if (rest.tokens.isEmpty()) {
				continue;
			}
			if (declaring && !isStatement(rest.tokens)) {
				continue;
			}
			declaring = false;
			statements.add(new SqlStatement(rest.tokens));
		}
		return statements;
	}

	private static boolean isStatement(List<SqlToken> tokens) {
		SqlToken first = tokens.get(0);
		if (first.kind() == SqlToken.Kind.WORD && STATEMENTS.contains(first.value())) {
			return true;
		}
		return tokens.size() > 2 && tokens.get(1).isSymbol(":") && tokens.get(2).isSymbol("=");
	}

	private static List<List<SqlToken>> pieces(List<SqlToken> tokens) {
		List<List<SqlToken>> pieces = new ArrayList<>();
		List<SqlToken> current = new ArrayList<>();
		int depth = 0;
		for (SqlToken token : tokens) {
			depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			if (token.isSymbol(";") && depth <= 0) {
				pieces.add(current);
				current = new ArrayList<>();
				depth = 0;
			}
			else {
				current.add(token);
			}
		}
		pieces.add(current);
		return pieces;
	}

	/**
	 * One piece of code between semicolons, with its control-flow prefixes taken off.
	 */
	private static final class Piece {

		private List<SqlToken> tokens;

		private boolean declaring;

		Piece(List<SqlToken> tokens, boolean declaring) {
			this.tokens = tokens;
			this.declaring = declaring;
		}

		void strip(List<SqlStatement> statements) {
			boolean stripped = true;
			while (stripped && !this.tokens.isEmpty()) {
				stripped = stripOne(statements);
			}
		}

		private boolean stripOne(List<SqlStatement> statements) {
			SqlToken first = this.tokens.get(0);
			if (label()) {
				return true;
			}
			if (first.is("BEGIN")) {
				this.declaring = false;
				drop(at(1, "ATOMIC") ? 2 : 1);
				return true;
			}
			if (first.is("DECLARE")) {
				this.declaring = true;
				this.tokens = List.of();
				return false;
			}
			if (first.is("END") || first.is("UNTIL")) {
				this.tokens = List.of();
				return false;
			}
			if (first.is("IF") || first.is("ELSIF") || first.is("ELSEIF") || first.is("WHEN")) {
				return condition("THEN", statements);
			}
			if (first.is("WHILE")) {
				return condition(find("LOOP") >= 0 ? "LOOP" : "DO", statements);
			}
			if (first.is("ELSE") || first.is("EXCEPTION") || first.is("LOOP") || first.is("REPEAT")) {
				drop(1);
				return true;
			}
			if (first.is("CASE")) {
				int when = find("WHEN");
				if (when > 0) {
					drop(when);
					return true;
				}
				return false;
			}
			if (first.is("FOR") || first.is("FOREACH")) {
				return loop(statements);
			}
			return false;
		}

		private boolean label() {
			if (this.tokens.size() > 4 && this.tokens.get(0).isSymbol("<") && this.tokens.get(1).isSymbol("<")
					&& this.tokens.get(3).isSymbol(">") && this.tokens.get(4).isSymbol(">")) {
				drop(5);
				return true;
			}
			if (this.tokens.size() > 2 && this.tokens.get(0).isName() && this.tokens.get(1).isSymbol(":")
					&& !this.tokens.get(2).isSymbol("=")) {
				drop(2);
				return true;
			}
			return false;
		}

		private boolean condition(String end, List<SqlStatement> statements) {
			int index = find(end);
			if (index < 0) {
				return false;
			}
			select(this.tokens.subList(1, index), statements);
			drop(index + 1);
			return true;
		}

		private boolean loop(List<SqlStatement> statements) {
			int loop = find("LOOP");
			if (loop < 0) {
				return false;
			}
			int in = find("IN");
			if (in > 0 && in < loop) {
				int query = at(in + 1, "REVERSE") ? in + 2 : in + 1;
				if (query < loop && this.tokens.get(query).kind() == SqlToken.Kind.WORD
						&& LOOP_QUERIES.contains(this.tokens.get(query).value())) {
					statements.add(new SqlStatement(this.tokens.subList(query, loop)));
				}
			}
			drop(loop + 1);
			return true;
		}

		private void select(List<SqlToken> expression, List<SqlStatement> statements) {
			if (!expression.isEmpty()) {
				List<SqlToken> select = new ArrayList<>();
				select.add(SqlToken.word("SELECT"));
				select.addAll(expression);
				statements.add(new SqlStatement(select));
			}
		}

		private int find(String keyword) {
			int parentheses = 0;
			int cases = 0;
			for (int i = 1; i < this.tokens.size(); i++) {
				SqlToken token = this.tokens.get(i);
				parentheses += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
				if (parentheses != 0) {
					continue;
				}
				if (token.is(keyword) && cases == 0) {
					return i;
				}
				if (token.is("CASE")) {
					cases++;
				}
				else if (token.is("END") && cases > 0) {
					cases--;
				}
			}
			return -1;
		}

		private boolean at(int index, String keyword) {
			return index < this.tokens.size() && this.tokens.get(index).is(keyword);
		}

		private void drop(int count) {
			this.tokens = this.tokens.subList(Math.min(count, this.tokens.size()), this.tokens.size());
		}

	}

}
