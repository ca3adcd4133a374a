package dev.ratchet.lint.sql;

import java.util.List;

import dev.ratchet.lint.sql.SqlToken.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link SqlLexer}.
 */
class SqlLexerTests {

	@ParameterizedTest
	@ValueSource(strings = { "SELECT -- DROP TABLE x\n1", "SELECT /* DROP TABLE x */ 1",
			"SELECT /* a /* DROP TABLE x */ b */ 1", "SELECT # DROP TABLE x\n1", "SELECT 1 -- trailing" })
	void dropsComments(String sql) {
		assertThat(texts(sql)).containsExactly("SELECT", "1");
	}

	@Test
	void startsAHashCommentWhereATokenStarts() {
		assertThat(texts("WHERE id = 1#DELETE FROM orders\nAND col#2 = 3")).containsExactly("WHERE", "id", "=", "1", "AND",
				"col#2", "=", "3");
	}

	@Test
	void keepsPostgresJsonOperatorsThatStartWithHash() {
		assertThat(texts("a #>> b #> c #- d")).containsExactly("a", "#", ">", ">", "b", "#", ">", "c", "#", "-", "d");
	}

	@Test
	void readsTheCodeInsideMysqlExecutableComments() {
		assertThat(texts("SELECT 1 /*!50001 DROP TABLE x */ ;")).containsExactly("SELECT", "1", "DROP", "TABLE", "x", ";");
	}

	@Test
	void readsAStandardStringWithDoubledQuotesAsOneToken() {
		assertThat(SqlLexer.tokenize("'it''s; DROP TABLE x'")).extracting(SqlToken::kind, SqlToken::value)
			.containsExactly(tuple(Kind.STRING, "it's; DROP TABLE x"));
	}

	@Test
	void readsBackslashEscapesInAnEscapeString() {
		assertThat(SqlLexer.tokenize("E'it\\'s' x")).extracting(SqlToken::kind, SqlToken::value)
			.containsExactly(tuple(Kind.STRING, "it's"), tuple(Kind.WORD, "X"));
	}

	@Test
	void readsABackslashAsAnOrdinaryCharacterInAStandardString() {
		assertThat(SqlLexer.tokenize("'C:\\' , x")).extracting(SqlToken::kind, SqlToken::value)
			.containsExactly(tuple(Kind.STRING, "C:\\"), tuple(Kind.SYMBOL, ","), tuple(Kind.WORD, "X"));
	}

	@Test
	void readsMysqlBackslashEscapesWhenTheStandardReadingLeavesAStringOpen() {
		assertThat(SqlLexer.tokenize("'it\\'s'; DROP")).extracting(SqlToken::kind, SqlToken::value)
			.containsExactly(tuple(Kind.STRING, "it's"), tuple(Kind.SYMBOL, ";"), tuple(Kind.WORD, "DROP"));
	}

	@Test
	void readsPrefixedStrings() {
		assertThat(SqlLexer.tokenize("N'x' X'0F' B'101'")).extracting(SqlToken::kind, SqlToken::text)
			.containsExactly(tuple(Kind.STRING, "N'x'"), tuple(Kind.STRING, "X'0F'"), tuple(Kind.STRING, "B'101'"));
	}

	@Test
	void readsDollarQuotedStrings() {
		assertThat(SqlLexer.tokenize("$$ DROP 'x' $$ $fn$ a $$ b $fn$")).extracting(SqlToken::kind, SqlToken::value)
			.containsExactly(tuple(Kind.DOLLAR_STRING, " DROP 'x' "), tuple(Kind.DOLLAR_STRING, " a $$ b "));
	}

	@Test
	void readsPositionalParametersAsCode() {
		assertThat(texts("a = $1")).containsExactly("a", "=", "$", "1");
	}

	@Test
	void readsQuotedIdentifiers() {
		assertThat(SqlLexer.tokenize("\"drop\" `Truncate` \"a\"\"b\"")).extracting(SqlToken::kind, SqlToken::value)
			.containsExactly(tuple(Kind.QUOTED_IDENTIFIER, "drop"), tuple(Kind.QUOTED_IDENTIFIER, "Truncate"),
					tuple(Kind.QUOTED_IDENTIFIER, "a\"b"));
	}

	@Test
	void readsIdentifiersThatContainKeywordsAsOneWord() {
		assertThat(SqlLexer.tokenize("drop_date deleted truncated_at col$1 col#2")).extracting(SqlToken::value)
			.containsExactly("DROP_DATE", "DELETED", "TRUNCATED_AT", "COL$1", "COL#2");
	}

	@Test
	void marksTokensSeparatedByWhitespaceOrComments() {
		assertThat(SqlLexer.tokenize("a.b::int /**/c d")).extracting(SqlToken::text, SqlToken::spaced)
			.containsExactly(tuple("a", false), tuple(".", false), tuple("b", false), tuple(":", false),
					tuple(":", false), tuple("int", false), tuple("c", true), tuple("d", true));
	}

	@Test
	void givesTheParserLiteralsAsStandardStrings() {
		List<SqlToken> tokens = SqlLexer.tokenize("$x$it's$x$ E'a\\'b' N'c'");
		assertThat(tokens).extracting(SqlToken::parserText).containsExactly("'it''s'", "'a''b'", "N'c'");
	}

	@Test
	void readsAnUnterminatedCommentOrStringToTheEnd() {
		assertThat(texts("SELECT /* DROP")).containsExactly("SELECT");
		assertThat(SqlLexer.tokenize("SELECT 'DROP")).extracting(SqlToken::kind).containsExactly(Kind.WORD, Kind.STRING);
	}

	private static List<String> texts(String sql) {
		return SqlLexer.tokenize(sql).stream().map(SqlToken::text).toList();
	}

}
