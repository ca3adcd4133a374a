package dev.ratchet.lint.sql;

/**
 * Statements that open and close transactions in a changeset's SQL: {@code BEGIN} and
 * {@code START TRANSACTION} open one, {@code COMMIT}, {@code END}, {@code ROLLBACK} and
 * {@code ABORT} close it ({@code COMMIT AND CHAIN} opens the next); savepoints change nothing
 * here.
 */
final class TransactionControl {

	private TransactionControl() {
	}

	/**
	 * Follows a transaction control statement.
	 * @param statement the statement
	 * @param transaction the changeset's transaction
	 * @return whether the statement controls the transaction
	 */
	static boolean inspect(SqlStatement statement, Transaction transaction) {
		if (statement.startsWith("BEGIN") || statement.startsWith("START", "TRANSACTION")) {
			transaction.begin();
			return true;
		}
		if (statement.startsWith("ROLLBACK") && statement.tokens().stream().anyMatch((token) -> token.is("TO"))) {
			return true;
		}
		if (statement.startsWith("COMMIT") || statement.startsWith("END") || statement.startsWith("ROLLBACK")
				|| statement.startsWith("ABORT")) {
			transaction.end();
			if (statement.tokens().stream().anyMatch((token) -> token.is("CHAIN"))
					&& statement.tokens().stream().noneMatch((token) -> token.is("NO"))) {
				transaction.begin();
			}
			return true;
		}
		return statement.startsWith("SAVEPOINT") || statement.startsWith("RELEASE");
	}

}
