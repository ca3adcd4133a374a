package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import dev.ratchet.lint.rule.UnknownRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Rule}.
 */
class RuleTests {

	private static final Map<String, String> SPEC_RULES = new LinkedHashMap<>();

	static {
		SPEC_RULES.put("drop-table", "block");
		SPEC_RULES.put("drop-column", "block");
		SPEC_RULES.put("drop-schema", "block");
		SPEC_RULES.put("truncate-table", "block");
		SPEC_RULES.put("delete-without-where", "block");
		SPEC_RULES.put("drop-view", "block");
		SPEC_RULES.put("drop-routine", "block");
		SPEC_RULES.put("drop-sequence", "block");
		SPEC_RULES.put("rename-table", "block");
		SPEC_RULES.put("rename-column", "block");
		SPEC_RULES.put("rename-view", "block");
		SPEC_RULES.put("modify-data-type", "block");
		SPEC_RULES.put("add-not-null-constraint", "block");
		SPEC_RULES.put("add-required-column", "block");
		SPEC_RULES.put("drop-default-value", "block");
		SPEC_RULES.put("drop-primary-key", "block");
		SPEC_RULES.put("custom-change", "block");
		SPEC_RULES.put("unparsed-sql", "block");
		SPEC_RULES.put("overwrite-column", "block");
		SPEC_RULES.put("dynamic-sql", "block");
		SPEC_RULES.put("drop-not-null", "warn");
		SPEC_RULES.put("drop-foreign-key", "warn");
		SPEC_RULES.put("drop-constraint", "warn");
		SPEC_RULES.put("drop-check-constraint", "info");
		SPEC_RULES.put("drop-unique-constraint", "warn");
		SPEC_RULES.put("drop-index", "warn");
		SPEC_RULES.put("add-unique-constraint", "warn");
		SPEC_RULES.put("update-without-where", "warn");
		SPEC_RULES.put("unparsed-sql-opaque", "warn");
		SPEC_RULES.put("edited-changeset", "block");
		SPEC_RULES.put("removed-changeset", "warn");
		SPEC_RULES.put("live-mapping", "block");
	}

	private static final List<String> ONLINE_RULES = List.of("blocking-index", "concurrent-index-in-transaction",
			"validating-constraint", "table-rewrite", "exclusive-maintenance");

	@Test
	void idsAreTheSpecsRuleIdsInTheSpecsOrder() {
		assertThat(SPEC_RULES).hasSize(32);
		List<String> ids = new ArrayList<>(SPEC_RULES.keySet());
		ids.addAll(ONLINE_RULES);
		assertThat(Rule.ids()).containsExactlyElementsOf(ids);
	}

	@Test
	void defaultSeveritiesAreTheSpecs() {
		Map<String, String> defaults = new LinkedHashMap<>();
		for (Rule rule : Rule.values()) {
			if (!rule.isOnline()) {
				defaults.put(rule.id(), rule.defaultSeverity().id());
			}
		}
		assertThat(defaults).containsExactlyEntriesOf(SPEC_RULES);
	}

	@Test
	void theOnlineSafetyRulesAreTheSpecsAndBlockUnlessTheirTableIsSmall() {
		assertThat(Arrays.stream(Rule.values()).filter(Rule::isOnline).map(Rule::id)).containsExactlyElementsOf(ONLINE_RULES);
		assertThat(Arrays.stream(Rule.values()).filter(Rule::isOnline)).allMatch((rule) -> rule.defaultSeverity() == Severity.BLOCK);
	}

	@Test
	void everyRuleExplainsTheRiskAndTheSafeAlternative() {
		assertThat(Arrays.stream(Rule.values())).allSatisfy((rule) -> {
			assertThat(rule.risk()).as(rule.id()).isNotBlank();
			assertThat(rule.suggestion()).as(rule.id()).isNotBlank();
		});
	}

	@Test
	void byIdFindsEveryRule() {
		assertThat(Arrays.stream(Rule.values()))
			.allSatisfy((rule) -> assertThat(Rule.byId(rule.id())).contains(rule));
	}

	@Test
	void byIdFindsNothingForAnUnknownId() {
		assertThat(Rule.byId("drop-everything")).isEmpty();
		assertThat(Rule.byId("DROP_COLUMN")).isEmpty();
	}

	@Test
	void requireFailsForAnUnknownIdWithTheValidIdsAndTheSource() {
		assertThatExceptionOfType(UnknownRuleException.class)
			.isThrownBy(() -> Rule.require("drop-everything", "ratchet.validation.rules"))
			.withMessage("Unknown rule id 'drop-everything' in ratchet.validation.rules; valid ids are: "
					+ String.join(", ", SPEC_RULES.keySet()) + ", " + String.join(", ", ONLINE_RULES))
			.satisfies((ex) -> {
				assertThat(ex.getRuleId()).isEqualTo("drop-everything");
				assertThat(ex.getSource()).isEqualTo("ratchet.validation.rules");
			});
	}

	@Test
	void severityIdsAreLowerCase() {
		assertThat(Arrays.stream(Severity.values()).map(Severity::id)).containsExactly("block", "warn", "info", "off");
	}

}
