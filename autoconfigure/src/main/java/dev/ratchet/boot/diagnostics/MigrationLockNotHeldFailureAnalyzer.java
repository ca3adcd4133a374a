package dev.ratchet.boot.diagnostics;

import dev.ratchet.boot.session.MigrationLockNotHeldException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Explains a startup stopped because the migration's statements ran on a database session
 * that does not hold the migration lock, as behind a transaction-pooling proxy; it comes
 * before the analysis of the failed update that carries it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class MigrationLockNotHeldFailureAnalyzer extends AbstractFailureAnalyzer<MigrationLockNotHeldException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationLockNotHeldException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Give migrations a connection that keeps one database session: set spring.liquibase.url (and user and "
						+ "password) to the database itself or to a session-pooling port of the proxy, or lock with "
						+ "Liquibase's lock table instead: ratchet.lock.mode=table.",
				cause);
	}

}
