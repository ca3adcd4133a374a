package dev.ratchet.boot.diagnostics;

import dev.ratchet.lint.InvalidApprovalException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup stopped by a malformed entry in {@code ratchet.validation.approved}.
 */
class InvalidApprovalFailureAnalyzer extends AbstractFailureAnalyzer<InvalidApprovalException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidApprovalException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Write each approval as file::id::author=rule-id[,rule-id], for example "
						+ "db/changelog/008.yaml::8::ana=drop-column.",
				cause);
	}

}
