package dev.ratchet.lint.oracle;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Runs one statement that PostgreSQL refuses inside a transaction block, such as
 * {@code CREATE INDEX CONCURRENTLY} or {@code VACUUM}, and watches its locks from outside.
 * <p>
 * The statement runs in autocommit on a worker thread while a blocker connection holds
 * SHARE UPDATE EXCLUSIVE on every table of the fixture in an open transaction, so that any
 * request for SHARE UPDATE EXCLUSIVE or stronger waits and shows in {@code pg_locks} as
 * not granted. A poller reads the worker's relation locks every few milliseconds; once the
 * worker waits, or after a cap, the blocker commits and the poller goes on until the worker
 * is done. Weaker locks (ACCESS SHARE up to ROW EXCLUSIVE) are seen only if the poller
 * happens to catch them.
 * <p>
 * The blocker holds SHARE UPDATE EXCLUSIVE rather than the ROW EXCLUSIVE of a writing
 * application because a fast statement that does not wait, such as {@code VACUUM} of a
 * small table, is over between two polls: against ROW EXCLUSIVE its SHARE UPDATE EXCLUSIVE
 * was never seen.
 */
final class OutsideTransaction {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(5);

	private static final Duration WAIT_CAP = Duration.ofSeconds(10);

	private static final Duration FINISH_CAP = Duration.ofSeconds(60);

	/**
	 * Opens a connection to the oracle's database with the case's search path.
	 */
	@FunctionalInterface
	interface Connections {

		Connection open() throws SQLException;

	}

	/**
	 * How the statement went.
	 *
	 * @param locks the strongest mode seen held or requested, per table oid
	 * @param error the statement's failure, or {@code null}
	 */
	record Outcome(Map<Long, LockMode> locks, SQLException error) {

	}

	private OutsideTransaction() {
	}

	/**
	 * Runs the statement on the session, whose backend is {@code pid}, and watches its locks
	 * on the tables.
	 */
	static Outcome run(Connections connections, Connection session, int pid, String schema,
			Collection<TableState> tables, String sql) throws SQLException {
		List<Long> oids = tables.stream().map(TableState::oid).toList();
		Map<Long, LockMode> seen = new HashMap<>();
		ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "lock-oracle-worker");
			thread.setDaemon(true);
			return thread;
		});
		try (Connection blocker = connections.open(); Connection poller = connections.open()) {
			blocker.setAutoCommit(false);
			Collection<TableState> lockable = Catalog.lockable(blocker, tables);
			if (!lockable.isEmpty()) {
				execute(blocker, "lock table " + qualified(schema, lockable) + " in share update exclusive mode");
			}
			boolean released = false;
			try {
				Future<SQLException> worker = executor.submit(() -> attempt(session, sql));
				long start = System.nanoTime();
				while (true) {
					Catalog.Locks locks = Catalog.locks(poller, pid, oids);
					locks.locks().forEach((oid, mode) -> seen.merge(oid, mode, LockMode::strongest));
					boolean done = worker.isDone();
					if (!released && (done || locks.waiting() || elapsed(start, WAIT_CAP))) {
						blocker.commit();
						released = true;
					}
					if (done) {
						break;
					}
					if (elapsed(start, FINISH_CAP)) {
						execute(poller, "select pg_cancel_backend(" + pid + ")");
						break;
					}
					Thread.sleep(POLL_INTERVAL.toMillis());
				}
				return new Outcome(seen, worker.get(10, TimeUnit.SECONDS));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while watching " + sql, ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new IllegalStateException("Statement did not finish: " + sql, ex);
			}
			finally {
				if (!released) {
					blocker.rollback();
				}
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static SQLException attempt(Connection session, String sql) {
		try {
			execute(session, sql);
			return null;
		}
		catch (SQLException ex) {
			return ex;
		}
	}

	private static boolean elapsed(long start, Duration cap) {
		return System.nanoTime() - start > cap.toNanos();
	}

	private static String qualified(String schema, Collection<TableState> tables) {
		return tables.stream()
			.map((table) -> quote(schema) + "." + quote(table.name()))
			.collect(Collectors.joining(", "));
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
