package dev.ratchet.lint.oracle;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run of one case's statements on a session connection, observed statement by
 * statement, with a second connection of the same case to look from outside.
 * <p>
 * A statement failing in a transaction adds nothing: PostgreSQL releases the transaction's
 * locks as soon as it fails, and its catalog and statistics can no longer be read.
 */
final class CaseRun {

	private static final String ACTIVE_SQL_TRANSACTION = "25001";

	private final OutsideTransaction.Connections connections;

	private final Connection session;

	private final Connection observer;

	private final String schema;

	private final Map<Long, String> tables;

	private final Map<Long, Tally> tallies = new LinkedHashMap<>();

	private final List<String> ran = new ArrayList<>();

	private final int pid;

	private String sqlState;

	private String error;

	/**
	 * Prepares a run on the fixture's tables, given as name by oid.
	 */
	CaseRun(OutsideTransaction.Connections connections, Connection session, Connection observer, String schema,
			Map<Long, String> tables) throws SQLException {
		this.connections = connections;
		this.session = session;
		this.observer = observer;
		this.schema = schema;
		this.tables = tables;
		tables.keySet().forEach((oid) -> this.tallies.put(oid, new Tally()));
		try (Statement statement = session.createStatement();
				ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
			row.next();
			this.pid = row.getInt(1);
		}
	}

	/**
	 * Runs the statements in one transaction, as a changeset with {@code runInTransaction}
	 * true, then rolls it back. Stops at the first failure.
	 */
	Observation inTransaction(List<String> statements) throws SQLException {
		execute(this.session, "begin");
		try {
			for (String sql : statements) {
				this.ran.add(sql);
				SQLException failure = observed(sql);
				if (failure != null) {
					fail(failure);
					break;
				}
			}
		}
		finally {
			execute(this.session, "rollback");
		}
		return observation();
	}

	/**
	 * Runs the statements in autocommit, as a changeset with {@code runInTransaction} false:
	 * each on its own, except inside an explicit transaction block. Stops at the first
	 * failure.
	 */
	Observation autocommit(List<String> statements) throws SQLException {
		boolean block = false;
		try {
			for (String sql : statements) {
				this.ran.add(sql);
				TransactionControl control = TransactionControl.of(sql);
				SQLException failure;
				if (control == TransactionControl.BEGIN && !block) {
					failure = attempt(sql);
					block = (failure == null);
				}
				else if (control == TransactionControl.END) {
					failure = attempt(sql);
					block = false;
				}
				else if (block) {
					failure = observed(sql);
				}
				else {
					failure = alone(sql);
				}
				if (failure != null) {
					fail(failure);
					break;
				}
			}
		}
		finally {
			if (block) {
				execute(this.session, "rollback");
			}
		}
		return observation();
	}

	private SQLException alone(String sql) throws SQLException {
		execute(this.session, "begin");
		SQLException failure = observed(sql);
		if (failure == null) {
			return attempt("commit");
		}
		if (ACTIVE_SQL_TRANSACTION.equals(failure.getSQLState())) {
			execute(this.session, "rollback");
			return outside(sql);
		}
		execute(this.session, "rollback");
		return failure;
	}

	private SQLException observed(String sql) throws SQLException {
		Map<Long, TableState> before = Catalog.states(this.session, this.tables.keySet(),
				Catalog.Statistics.TRANSACTION);
		SQLException failure = attempt(sql);
		if (failure != null) {
			return failure;
		}
		Map<Long, TableState> after = Catalog.states(this.session, this.tables.keySet(),
				Catalog.Statistics.TRANSACTION);
		Map<Long, LockMode> held = Catalog.locks(this.session, this.pid, this.tables.keySet()).locks();
		this.tallies.forEach((oid, tally) -> {
			LockMode mode = held.getOrDefault(oid, LockMode.NONE);
			tally.lock(mode);
			tally.work(StatementWork.between(before.get(oid), after.get(oid)), mode);
		});
		return null;
	}

	private SQLException outside(String sql) throws SQLException {
		boolean flushed = flush();
		Map<Long, TableState> before = Catalog.states(this.observer, this.tables.keySet(),
				Catalog.Statistics.FLUSHED);
		OutsideTransaction.Outcome outcome = OutsideTransaction.run(this.connections, this.session, this.pid,
				this.schema, before.values(), sql);
		flushed &= flush();
		Map<Long, TableState> after = Catalog.states(this.observer, this.tables.keySet(),
				Catalog.Statistics.FLUSHED);
		boolean scansCounted = flushed;
		this.tallies.forEach((oid, tally) -> {
			LockMode mode = outcome.locks().getOrDefault(oid, LockMode.NONE);
			StatementWork work = StatementWork.between(before.get(oid), after.get(oid));
			tally.lock(mode);
			tally.work(scansCounted ? work : work.withoutScans(), mode);
		});
		return outcome.error();
	}

	private boolean flush() throws SQLException {
		return Catalog.flushStatistics(this.session);
	}

	private void fail(SQLException failure) {
		this.sqlState = failure.getSQLState();
		this.error = failure.getMessage();
	}

	private SQLException attempt(String sql) {
		try {
			execute(this.session, sql);
			return null;
		}
		catch (SQLException ex) {
			return ex;
		}
	}

	private Observation observation() {
		Map<String, TableWork> works = new LinkedHashMap<>();
		this.tallies.forEach((oid, tally) -> works.put(this.tables.get(oid), tally.toWork(this.tables.get(oid))));
		return new Observation(works, this.sqlState, this.error, this.ran);
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
