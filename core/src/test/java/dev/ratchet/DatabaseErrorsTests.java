package dev.ratchet;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseErrorsTests {

	private static final String MARKER = "Mk7RowValue";

	@Test
	void keepsPostgresqlsMessageAndSqlStateWithoutTheDetailOrTheFailedSql() {
		SQLException driver = new SQLException("ERROR: duplicate key value violates unique constraint \"t_v_key\"\n"
				+ "  Detail: Key (v)=(" + MARKER + ") already exists.", "23505");
		Exception liquibase = new IllegalStateException("Migration failed for changeset db/r2.yaml::2::ana:\n"
				+ "     Reason: liquibase.exception.DatabaseException: " + driver.getMessage()
				+ " [Failed SQL: (0) INSERT INTO t (v) VALUES ('" + MARKER + "')]", new RuntimeException(driver));
		assertThat(DatabaseErrors.describe(liquibase))
			.isEqualTo("ERROR: duplicate key value violates unique constraint \"t_v_key\" (SQLSTATE 23505)");
	}

	@Test
	void dropsTheFailingRowAndEveryLineAfterADetail() {
		SQLException driver = new SQLException("ERROR: new row for relation \"t\" violates check constraint \"c\"\n"
				+ "  Detail: Failing row contains (1, " + MARKER + ").\n  Where: SQL statement \"insert\"", "23514");
		assertThat(DatabaseErrors.describe(driver)).doesNotContain(MARKER)
			.isEqualTo("ERROR: new row for relation \"t\" violates check constraint \"c\" (SQLSTATE 23514)");
	}

	@Test
	void masksMariaDbsQuotedRowValueButKeepsTheKeyAndTheErrorCode() {
		SQLException driver = new SQLIntegrityConstraintViolationException(
				"(conn=12) Duplicate entry '" + MARKER + "' for key 't_v'", "23000", 1062);
		assertThat(DatabaseErrors.describe(new IllegalStateException("wrapped", driver)))
			.isEqualTo("(conn=12) Duplicate entry '…' for key 't_v' (SQLSTATE 23000, error 1062)");
		assertThat(DatabaseErrors.describe(new SQLException(
				"Incorrect integer value: '" + MARKER + "' for column `app`.`t`.`n` at row 1", "22007", 1366)))
			.isEqualTo("Incorrect integer value: '…' for column `app`.`t`.`n` at row 1 (SQLSTATE 22007, error 1366)");
	}

	@Test
	void masksTheSqlMariaDbQuotesInASyntaxErrorWholeWhateverQuotesItHolds() {
		SQLException driver = new SQLException("(conn=7) You have an error in your SQL syntax; check the manual that "
				+ "corresponds to your MariaDB server version for the right syntax to use near 'DO $$ BEGIN EXECUTE "
				+ "format('ALTER ROLE app PASSWORD %L', '" + MARKER + "'); END $$' at line 1", "42000", 1064);
		assertThat(DatabaseErrors.describe(driver)).doesNotContain(MARKER)
			.endsWith("to use near '…' at line 1 (SQLSTATE 42000, error 1064)");
		assertThat(DatabaseErrors.describe(new SQLException("Duplicate entry 'a'b" + MARKER + "' for key 'uk'")))
			.isEqualTo("Duplicate entry '…' for key 'uk'");
	}

	@Test
	void keepsQuotedNamesAndApostrophes() {
		assertThat(DatabaseErrors.describe(new SQLException("Table 'app.no_such_table' doesn't exist", "42S02", 1146)))
			.isEqualTo("Table 'app.no_such_table' doesn't exist (SQLSTATE 42S02, error 1146)");
	}

	@Test
	void masksValuesH2QuotesInItsFirstLine() {
		SQLException driver = new SQLException("Unique index or primary key violation: \"PUBLIC.UK ON PUBLIC.T(V) "
				+ "VALUES ( /* 1 */ '" + MARKER + "' )\"; SQL statement:\ninsert into t values ('" + MARKER + "')",
				"23505", 23505);
		assertThat(DatabaseErrors.describe(driver)).doesNotContain(MARKER).contains("PUBLIC.UK", "SQLSTATE 23505");
	}

	@Test
	void withoutAnSqlExceptionDescribesTheRootCauseWithoutFailedSql() {
		Exception failure = new IllegalStateException("outer",
				new IllegalArgumentException("Unexpected error [Failed SQL: (0) ALTER ROLE app PASSWORD '" + MARKER + "']"));
		assertThat(DatabaseErrors.describe(failure)).isEqualTo("Unexpected error");
		assertThat(DatabaseErrors.describe(new IllegalStateException("Connection refused")))
			.isEqualTo("Connection refused");
	}

	@Test
	void doubleQuotedValuesArePostgresqlsRowDataUnlessTheyNameAnObject() {
		SQLException syntax = new SQLException("ERROR: syntax error at or near \"" + MARKER + "\"\n  Position: 30",
				"42601");
		assertThat(DatabaseErrors.describe(syntax)).isEqualTo("ERROR: syntax error at or near \"…\" (SQLSTATE 42601)");
		SQLException input = new SQLException("ERROR: invalid input syntax for type integer: \"" + MARKER + "\"",
				"22P02");
		assertThat(DatabaseErrors.describe(input)).doesNotContain(MARKER);
		SQLException range = new SQLException("ERROR: value \"" + MARKER + "\" is out of range for type integer",
				"22003");
		assertThat(DatabaseErrors.describe(range)).doesNotContain(MARKER);
		SQLException names = new SQLException(
				"ERROR: column \"phone\" of relation \"customer\" already exists", "42701");
		assertThat(DatabaseErrors.describe(names))
			.isEqualTo("ERROR: column \"phone\" of relation \"customer\" already exists (SQLSTATE 42701)");
	}

}
