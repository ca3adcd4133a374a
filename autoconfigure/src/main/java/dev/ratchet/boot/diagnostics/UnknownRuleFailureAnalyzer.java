package dev.ratchet.boot.diagnostics;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.UnknownRuleException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup stopped by an unknown rule id in configuration or in an approval.
 */
class UnknownRuleFailureAnalyzer extends AbstractFailureAnalyzer<UnknownRuleException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownRuleException cause) {
		return new FailureAnalysis(
				"Ratchet does not know the rule id '" + cause.getRuleId() + "' used in " + cause.getSource() + ".",
				"Use one of the valid rule ids: " + String.join(", ", Rule.ids()) + ".", cause);
	}

}
