package dev.ratchet.lint.sql;

import java.util.List;

import dev.ratchet.lint.rule.Rule;

/**
 * {@code ALTER DOMAIN}: a constraint on a domain holds for every column of that type, so
 * adding one without {@code NOT VALID}, {@code SET NOT NULL} and {@code VALIDATE CONSTRAINT}
 * (which PostgreSQL runs holding a lock that blocks writes to those tables) scan every such
 * table; dropping one only relaxes what writes may do. The finding's target is the domain;
 * at boot it is sized by the largest table that uses it.
 */
final class DomainRules {

	private DomainRules() {
	}

	/**
	 * Records what an {@code ALTER DOMAIN} statement does.
	 * @param statement the statement
	 * @param findings where to record it
	 * @return whether the statement is an {@code ALTER DOMAIN}
	 */
	static boolean inspect(SqlStatement statement, Findings findings) {
		if (!statement.startsWith("ALTER", "DOMAIN")) {
			return false;
		}
		TokenCursor cursor = new TokenCursor(statement.tokens().subList(2, statement.tokens().size()));
		String domain = cursor.name();
		if (domain == null) {
			return false;
		}
		boolean postgres = findings.onPostgres();
		String columns = "every column of domain " + domain;
		if (cursor.accept("ADD")) {
			added(domain, cursor, findings, postgres);
		}
		else if (cursor.accept("SET", "NOT", "NULL")) {
			findings.add(Rule.ADD_NOT_NULL_CONSTRAINT, null, domain, "makes " + columns + " NOT NULL");
			if (postgres) {
				findings.add(Rule.VALIDATING_CONSTRAINT, null, domain, "makes " + columns
						+ " NOT NULL, which scans every table that uses it while the table is locked");
			}
		}
		else if (cursor.accept("VALIDATE", "CONSTRAINT")) {
			if (postgres) {
				findings.add(Rule.VALIDATING_CONSTRAINT, null, domain, "validates constraint " + cursor.name()
						+ " of domain " + domain + ", which scans every table that uses it while writes to it wait");
			}
		}
		else if (cursor.accept("DROP", "NOT", "NULL")) {
			findings.add(Rule.DROP_NOT_NULL, null, domain, "drops the NOT NULL constraint of " + columns);
		}
		else if (cursor.accept("DROP", "CONSTRAINT")) {
			cursor.acceptIfExists();
			findings.add(Rule.DROP_CHECK_CONSTRAINT, null, domain,
					"drops constraint " + cursor.name() + " of domain " + domain);
		}
		else if (cursor.accept("DROP", "DEFAULT")) {
			findings.add(Rule.DROP_DEFAULT_VALUE, null, domain, "drops the default value of " + columns);
		}
		return true;
	}

	private static void added(String domain, TokenCursor cursor, Findings findings, boolean postgres) {
		if (cursor.accept("CONSTRAINT")) {
			cursor.name();
		}
		boolean notNull = cursor.accept("NOT", "NULL");
		List<SqlToken> rest = cursor.rest();
		boolean notValid = false;
		for (int i = 0; i + 1 < rest.size(); i++) {
			notValid |= rest.get(i).is("NOT") && rest.get(i + 1).is("VALID");
		}
		if (notNull) {
			findings.add(Rule.ADD_NOT_NULL_CONSTRAINT, null, domain, "makes every column of domain " + domain + " NOT NULL");
		}
		if (postgres && !notValid) {
			findings.add(Rule.VALIDATING_CONSTRAINT, null, domain, "adds a constraint to domain " + domain
					+ " without NOT VALID, which checks every column of that type while its table is locked");
		}
	}

}
