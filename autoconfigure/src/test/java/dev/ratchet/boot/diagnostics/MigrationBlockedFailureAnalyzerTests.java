package dev.ratchet.boot.diagnostics;

import java.util.List;

import dev.ratchet.boot.liquibase.MigrationBlockedException;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationBlockedFailureAnalyzerTests {

	@Test
	void describesEveryBlockedChangesetWithRuleTargetRiskAlternativeAndApproval() {
		Finding drop = finding(Rule.DROP_COLUMN, "r2-1", "dropColumn", "customer.legacy_ref", "drops column legacy_ref");
		Finding rename = finding(Rule.RENAME_TABLE, "r2-2", "renameTable", "orders", "renames table orders to purchase");
		MigrationBlockedException blocked = new MigrationBlockedException("liquibase", List.of(drop, rename));

		FailureAnalysis analysis = new MigrationBlockedFailureAnalyzer()
			.analyze(new BeanCreationException("liquibase", "failed", blocked));

		assertThat(analysis.getDescription()).contains("Nothing ran")
			.contains("db/r2.yaml::r2-1::ana", "drop-column (block)", "dropColumn on customer.legacy_ref",
					Rule.DROP_COLUMN.risk(), Rule.DROP_COLUMN.suggestion(), "'ratchet:allow drop-column <reason>'",
					"ratchet.validation.approved=db/r2.yaml::r2-1::ana=drop-column")
			.contains("db/r2.yaml::r2-2::ana", "rename-table (block)", "renameTable on orders",
					"ratchet.validation.approved=db/r2.yaml::r2-2::ana=rename-table");
		assertThat(analysis.getAction()).contains("approve");
	}

	private static Finding finding(Rule rule, String id, String changeType, String target, String message) {
		return new Finding(rule, Severity.BLOCK, false, new ChangeSetId("db/r2.yaml", id, "ana"), changeType, target,
				message, rule.suggestion());
	}

}
