package dev.ratchet.boot.diagnostics;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.UnknownRuleException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownRuleFailureAnalyzerTests {

	@Test
	void namesThePropertyAndListsTheValidIds() {
		FailureAnalysis analysis = new UnknownRuleFailureAnalyzer()
			.analyze(new UnknownRuleException("dorp-table", "ratchet.validation.rules.dorp-table"));
		assertThat(analysis.getDescription()).contains("'dorp-table'", "ratchet.validation.rules.dorp-table");
		assertThat(analysis.getAction()).contains(String.join(", ", Rule.ids()));
	}

}
