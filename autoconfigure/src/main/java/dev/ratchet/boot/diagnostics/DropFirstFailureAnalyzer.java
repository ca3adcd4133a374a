package dev.ratchet.boot.diagnostics;

import dev.ratchet.boot.liquibase.DropFirstNotAllowedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup stopped because {@code spring.liquibase.drop-first} is set.
 */
class DropFirstFailureAnalyzer extends AbstractFailureAnalyzer<DropFirstNotAllowedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DropFirstNotAllowedException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Remove spring.liquibase.drop-first, or, where wiping the schema on every start is intended "
						+ "(a throw-away test database), set ratchet.validation.allow-drop-first=true.",
				cause);
	}

}
