package dev.ratchet.lint.sql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The transaction a changeset's statements run in, followed statement by statement: open
 * from the start when the changeset runs in a transaction ({@code runInTransaction} not
 * false), opened by {@code BEGIN}/{@code START TRANSACTION} and closed by
 * {@code COMMIT}/{@code END}/{@code ROLLBACK} in its SQL, and always open inside a
 * {@code DO} block. It remembers which tables a statement of the open transaction has
 * locked against writes, since PostgreSQL holds every lock until the transaction ends: a
 * validating scan later in the same transaction runs under that lock.
 */
public final class Transaction {

	private final boolean changeSet;

	private boolean explicit;

	private int blocks;

	private final Map<String, String> writeLocks = new LinkedHashMap<>();

	/**
	 * Creates the transaction state at the start of a changeset.
	 * @param runInTransaction whether the changeset runs in a transaction
	 */
	public Transaction(boolean runInTransaction) {
		this.changeSet = runInTransaction;
	}

	/**
	 * Returns whether a statement run now runs inside a transaction block.
	 * @return whether a transaction is open
	 */
	public boolean isOpen() {
		return this.changeSet || this.explicit || this.blocks > 0;
	}

	/**
	 * Records that a statement locks a table against writes until the transaction ends; a
	 * statement outside a transaction holds its locks only while it runs.
	 * @param table the table, lower case
	 * @param statement what locked it, for messages, such as {@code ALTER TABLE orders ADD …}
	 */
	public void lock(String table, String statement) {
		if (table != null && isOpen()) {
			this.writeLocks.putIfAbsent(table, statement);
		}
	}

	/**
	 * Returns what locked a table against writes earlier in the open transaction.
	 * @param table the table, lower case
	 * @return the statement, or {@code null} when the table is not locked
	 */
	public String lockedBy(String table) {
		return (table != null) ? this.writeLocks.get(table) : null;
	}

	/**
	 * Runs the statements of a {@code DO} block, which PostgreSQL runs in a transaction of
	 * its own when none is open.
	 * @param statements what classifies them
	 */
	void inBlock(Runnable statements) {
		boolean open = isOpen();
		this.blocks++;
		try {
			statements.run();
		}
		finally {
			this.blocks--;
			if (!open) {
				this.writeLocks.clear();
			}
		}
	}

	/**
	 * Records {@code BEGIN} or {@code START TRANSACTION}.
	 */
	void begin() {
		this.explicit = true;
	}

	/**
	 * Records {@code COMMIT}, {@code END} or {@code ROLLBACK}: the locks are released, and
	 * in a changeset that runs in a transaction the next statement opens a new one.
	 */
	void end() {
		this.explicit = false;
		this.writeLocks.clear();
	}

}
