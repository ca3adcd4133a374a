package dev.ratchet.lint.sql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SqlStatement}.
 */
class SqlStatementTests {

	@Test
	void splitsAtSemicolons() {
		assertThat(split("SELECT 1; DROP TABLE x;\nUPDATE t SET a = 1")).containsExactly("SELECT 1", "DROP TABLE x",
				"UPDATE t SET a = 1");
	}

	@Test
	void ignoresSemicolonsInLiteralsCommentsAndQuotedIdentifiers() {
		assertThat(split("INSERT INTO t VALUES ('a;b', $$c;d$$, \"e;f\") -- g;h\n; SELECT /* ; */ 1"))
			.containsExactly("INSERT INTO t VALUES ('a;b', 'c;d', \"e;f\")", "SELECT 1");
	}

	@Test
	void ignoresEmptyStatements() {
		assertThat(split(";; SELECT 1;;")).containsExactly("SELECT 1");
	}

	@Test
	void keepsTheBeginEndBodyOfARoutineTogether() {
		assertThat(split("CREATE PROCEDURE p() BEGIN IF x THEN DELETE FROM t; END IF; "
				+ "CASE WHEN y THEN SELECT 1; END CASE; END; DROP TABLE z"))
			.containsExactly("CREATE PROCEDURE p() BEGIN IF x THEN DELETE FROM t; END IF; "
					+ "CASE WHEN y THEN SELECT 1; END CASE; END", "DROP TABLE z");
	}

	@Test
	void splitsATopLevelBeginBlockThatIsNoRoutine() {
		assertThat(split("BEGIN; DELETE FROM t; COMMIT")).containsExactly("BEGIN", "DELETE FROM t", "COMMIT");
	}

	@Test
	void findsTheKindOfARoutine() {
		assertThat(SqlStatement.routineKeyword(SqlLexer.tokenize("CREATE OR REPLACE FUNCTION f()"))).isEqualTo(3);
		assertThat(SqlStatement.routineKeyword(SqlLexer.tokenize("CREATE DEFINER=`root`@`%` TRIGGER t"))).isEqualTo(6);
		assertThat(SqlStatement.routineKeyword(SqlLexer.tokenize("CREATE TABLE trigger (id int)"))).isEqualTo(-1);
	}

	private static List<String> split(String sql) {
		return SqlStatement.split(SqlLexer.tokenize(sql)).stream().map(SqlStatement::parserText).toList();
	}

}
