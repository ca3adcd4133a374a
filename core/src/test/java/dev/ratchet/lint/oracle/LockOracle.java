package dev.ratchet.lint.oracle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

/**
 * Shows what PostgreSQL really does when it runs a list of statements: the lock each
 * statement holds or requests on each table, and whether a table was rewritten, scanned or
 * had an index built, and under which lock.
 * <p>
 * Each oracle owns a fresh database, dropped on {@link #close()}; each
 * {@link #observe observation} runs in a fresh schema of it, so that cases cannot see one
 * another.
 * <ul>
 * <li>Statements in a transaction are seen exactly: before and after each one the oracle
 * reads the catalog, {@code pg_stat_xact_user_tables} and {@code pg_locks} from the same
 * transaction. Since a transaction only ever adds locks, a statement's work is credited to
 * the strongest lock held once it has run, which includes the locks of the statements
 * before it.</li>
 * <li>Statements that PostgreSQL refuses in a transaction block
 * ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, ...) are watched from outside (see
 * {@link OutsideTransaction}): their locks of SHARE UPDATE EXCLUSIVE and stronger are
 * always seen, weaker ones only by chance. Their scans come from
 * {@code pg_stat_user_tables} after forcing a statistics flush, which needs a superuser;
 * without one they are reported as 0.</li>
 * <li>A statement failing in a transaction adds nothing but its error: PostgreSQL releases
 * the transaction's locks as soon as it fails and rolls its work back. One failing outside
 * a transaction block adds its locks and what it left behind, such as the invalid index of
 * a failed {@code CREATE INDEX CONCURRENTLY}.</li>
 * </ul>
 */
public final class LockOracle implements AutoCloseable {

	private static final String VARIABLE = "RATCHET_TEST_POSTGRES_URL";

	private static final String EXAMPLE = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

	private final String serverUrl;

	private final String database;

	private final String url;

	private final AtomicInteger cases = new AtomicInteger();

	private LockOracle(String serverUrl, String database) {
		this.serverUrl = serverUrl;
		this.database = database;
		this.url = withDatabase(serverUrl, database);
	}

	/**
	 * Creates an oracle with a new database on the server that
	 * {@code RATCHET_TEST_POSTGRES_URL} points at, or aborts the test when it is not set.
	 */
	public static LockOracle create() throws SQLException {
		String serverUrl = System.getenv(VARIABLE);
		if (serverUrl == null || serverUrl.isBlank()) {
			String message = "PostgreSQL lock oracle skipped: set " + VARIABLE + " (e.g. " + EXAMPLE + ")";
			System.err.println(message);
			Assumptions.abort(message);
		}
		String database = "ratchet_oracle_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection admin = DriverManager.getConnection(serverUrl)) {
			execute(admin, "create database " + database);
		}
		return new LockOracle(serverUrl, database);
	}

	/**
	 * Runs the fixture in a fresh schema, analyzes its tables, then runs the statements as a
	 * Liquibase changeset would and reports what they did to the fixture's tables.
	 * @param fixture statements that set up the tables, each run in autocommit
	 * @param statements the statements to observe, stopping at the first that fails
	 * @param inTransaction whether the statements run in one transaction, as with
	 * {@code runInTransaction} true, which is rolled back at the end; otherwise each commits
	 * by itself, apart from explicit {@code BEGIN} ... {@code COMMIT} blocks
	 * @throws SQLException when the fixture fails or the database cannot be reached
	 */
	public Observation observe(List<String> fixture, List<String> statements, boolean inTransaction)
			throws SQLException {
		String schema = "case_" + this.cases.incrementAndGet();
		try (Connection observer = open(schema)) {
			execute(observer, "create schema " + schema);
			Observation observation;
			try (Connection session = open(schema)) {
				for (String sql : fixture) {
					execute(session, sql);
				}
				Map<Long, String> tables = Catalog.tables(session, schema);
				Catalog.flushStatistics(session);
				for (String table : tables.values()) {
					execute(session, "analyze " + schema + ".\"" + table.replace("\"", "\"\"") + "\"");
				}
				CaseRun run = new CaseRun(() -> open(schema), session, observer, schema, tables);
				observation = inTransaction ? run.inTransaction(statements) : run.autocommit(statements);
			}
			catch (SQLException | RuntimeException ex) {
				try {
					execute(observer, "drop schema " + schema + " cascade");
				}
				catch (SQLException dropFailure) {
					ex.addSuppressed(dropFailure);
				}
				throw ex;
			}
			execute(observer, "drop schema " + schema + " cascade");
			return observation;
		}
	}

	/**
	 * Runs work on a connection to a fresh schema that holds the fixture, analyzed, and drops
	 * the schema afterwards.
	 * @param <T> what the work returns
	 * @param fixture statements that set up the tables, each run in autocommit
	 * @param work what to do with the connection
	 * @return what the work returned
	 * @throws Exception when the fixture or the work fails
	 */
	public <T> T withFixture(List<String> fixture, Work<T> work) throws Exception {
		String schema = "verdict_" + this.cases.incrementAndGet();
		try (Connection observer = open(schema)) {
			execute(observer, "create schema " + schema);
			try (Connection session = open(schema)) {
				for (String sql : fixture) {
					execute(session, sql);
				}
				for (String table : Catalog.tables(session, schema).values()) {
					execute(session, "analyze " + schema + ".\"" + table.replace("\"", "\"\"") + "\"");
				}
				return work.run(session);
			}
			finally {
				execute(observer, "drop schema " + schema + " cascade");
			}
		}
	}

	/**
	 * Work done on a connection.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	public interface Work<T> {

		/**
		 * Does the work.
		 * @param connection the connection
		 * @return the result
		 * @throws Exception when it fails
		 */
		T run(Connection connection) throws Exception;

	}

	private Connection open(String schema) throws SQLException {
		Connection connection = DriverManager.getConnection(this.url);
		try {
			execute(connection, "set search_path to " + schema + ", public");
			execute(connection, "set statement_timeout = '30s'");
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	/**
	 * Drops the oracle's database, ending any connection still on it.
	 */
	@Override
	public void close() throws SQLException {
		try (Connection admin = DriverManager.getConnection(this.serverUrl)) {
			execute(admin, "drop database if exists " + this.database + " with (force)");
		}
	}

	/**
	 * The JDBC URL with its database name replaced, keeping host, port and parameters.
	 */
	static String withDatabase(String url, String database) {
		int host = url.indexOf("//") + 2;
		int query = url.indexOf('?', host);
		int end = (query >= 0) ? query : url.length();
		int path = url.indexOf('/', host);
		int start = (path >= 0 && path < end) ? path : end;
		return url.substring(0, start) + "/" + database + url.substring(end);
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
