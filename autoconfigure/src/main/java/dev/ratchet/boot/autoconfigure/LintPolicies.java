package dev.ratchet.boot.autoconfigure;

import java.util.EnumMap;
import java.util.Map;

import dev.ratchet.lint.Approvals;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;

/**
 * Builds the {@link LintPolicy} that {@code ratchet.validation.*} and
 * {@code ratchet.online.large-table-rows} describe.
 */
final class LintPolicies {

	private LintPolicies() {
	}

	static LintPolicy from(RatchetProperties properties) {
		RatchetProperties.Validation validation = properties.getValidation();
		Map<Rule, Severity> overrides = new EnumMap<>(Rule.class);
		validation.getRules()
			.forEach((id, severity) -> overrides.put(Rule.require(id, "ratchet.validation.rules." + id), severity));
		return new LintPolicy(overrides, Approvals.parse(validation.getApproved(), "ratchet.validation.approved"),
				properties.getOnline().getLargeTableRows());
	}

}
