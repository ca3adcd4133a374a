package dev.ratchet.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.ratchet.lint.rule.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/rules.md}, which failures and SARIF results link to, lists every rule and
 * explains each one under a heading of its own (the baseline rules in {@code docs/ci.md}).
 */
class RuleDocsTests {

	private static final Path DOCS = Path.of("..", "docs");

	@Test
	void everyRuleIsListedAndExplained() throws IOException {
		String rules = Files.readString(DOCS.resolve("rules.md"));
		String ci = Files.readString(DOCS.resolve("ci.md"));
		for (Rule rule : Rule.values()) {
			assertThat(rules).as(rule.id()).contains("| [`" + rule.id() + "`](");
			if (rule == Rule.EDITED_CHANGESET || rule == Rule.REMOVED_CHANGESET) {
				assertThat(ci).as(rule.id()).contains("`" + rule.id() + "`");
			}
			else {
				assertThat(rules).as(rule.id()).contains("\n### " + rule.id() + "\n");
			}
		}
	}

}
