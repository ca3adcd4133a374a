package dev.ratchet.fleet;

import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.drift.LiveColumn;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.LiveTable;
import dev.ratchet.lint.Approvals;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LiveMappingFindings}, {@link LiveMappings}, {@link Contractable} and
 * {@link ContractChangeLog}.
 */
class LiveMappingFindingsTests {

	private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

	private static final Duration TTL = Duration.ofMinutes(2);

	private static final ChangeSetId DROP = ChangeSetId.parse("db/r3.yaml::drop-phone::ana");

	@Test
	void aDropOfAColumnALiveReleaseMapsGetsItsOwnFindingThatItsRulesApprovalDoesNotApprove() {
		LintReport report = LiveMappingFindings.addTo(dropPhone(true), Map.of(DROP, "ratchet:allow drop-column"),
				LintPolicy.defaults(), LiveMappings.of(instances(), NOW, TTL));
		assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.DROP_COLUMN, Rule.LIVE_MAPPING);
		Finding live = report.findings().get(1);
		assertThat(live.approved()).isFalse();
		assertThat(live.severity()).isEqualTo(Severity.BLOCK);
		assertThat(live.message()).isEqualTo("customer.phone is mapped by orders 1.4.1 on 2 instances (pod-a, pod-b), "
				+ "last seen 12 s ago: finish that rollout first");
		assertThat(report.blocking()).containsExactly(live);
	}

	@Test
	void liveMappingHasItsOwnApproval() {
		LintReport report = LiveMappingFindings.addTo(dropPhone(true),
				Map.of(DROP, "ratchet:allow drop-column, live-mapping"), LintPolicy.defaults(),
				LiveMappings.of(instances(), NOW, TTL));
		assertThat(report.findings().get(1).approved()).isTrue();
		assertThat(report.blocking()).isEmpty();
		LintPolicy byProperty = new LintPolicy(Map.of(),
				Approvals.parse(List.of(DROP + "=live-mapping"), "ratchet.validation.approved"));
		assertThat(LiveMappingFindings.addTo(dropPhone(true), Map.of(DROP, "ratchet:allow drop-column"), byProperty,
				LiveMappings.of(instances(), NOW, TTL)).blocking()).isEmpty();
	}

	@Test
	void instancesGoneDoNotHoldADropBack() {
		List<FleetInstance> gone = List.of(instance("a", "pod-a", NOW.minus(Duration.ofMinutes(3)), true));
		assertThat(LiveMappingFindings.addTo(dropPhone(true), Map.of(), LintPolicy.defaults(),
				LiveMappings.of(gone, NOW, TTL)).findings()).hasSize(1);
	}

	@Test
	void aDropOfAViewALiveReleaseMapsIsHeldBackToo() {
		LintReport dropView = new LintReport(1, List.of(new Finding(Rule.DROP_VIEW, Severity.BLOCK, true, DROP,
				"dropView", "customer", "drops view customer", "keep it")));
		assertThat(LiveMappingFindings.addTo(dropView, Map.of(), LintPolicy.defaults(),
				LiveMappings.of(instances(), NOW, TTL)).findings()).extracting(Finding::rule)
			.containsExactly(Rule.DROP_VIEW, Rule.LIVE_MAPPING);
	}

	@Test
	void whatNoLiveInstanceMapsIsContractableAndItsChangelogCarriesTheApproval() {
		FleetInstance current = instance("b", "pod-b", NOW, false);
		FleetInstance previous = instance("a", "pod-a", NOW.minus(Duration.ofMinutes(5)), true);
		LiveSchema schema = new LiveSchema(Map.of(
				"customer", table("customer", "id", "name", "phone"), "legacy_audit", table("legacy_audit", "id"),
				"databasechangelog", table("DATABASECHANGELOG", "id")));
		List<Contractable> contractable = Contractable.of(schema, List.of(current, previous), NOW, TTL,
				Set.of("DATABASECHANGELOG"));
		assertThat(contractable).extracting((drop) -> drop.table() + "." + drop.column())
			.containsExactlyInAnyOrder("customer.phone", "legacy_audit.null");
		Contractable phone = contractable.stream().filter((drop) -> "phone".equals(drop.column())).findFirst().get();
		assertThat(phone.lastMappedBy()).isEqualTo("orders 1.4.1");
		assertThat(phone.unmappedSince()).isEqualTo(previous.lastSeen());
		String changeLog = ContractChangeLog.of(List.of(phone));
		assertThat(changeLog).contains("- dropColumn:").contains("columnName: phone")
			.contains("comment: 'ratchet:allow drop-column - customer.phone is mapped by no live release since");
		assertThat(Approvals.fromComment("ratchet:allow drop-column - customer.phone is mapped by no live release",
				DROP)).containsExactly(Rule.DROP_COLUMN);
	}

	@Test
	void withoutALiveInstanceThatMapsAnythingNothingIsContractable() {
		LiveSchema schema = new LiveSchema(
				Map.of("customer", table("customer", "id")));
		assertThat(Contractable.of(schema, List.of(), NOW, TTL, Set.of())).isEmpty();
	}

	private static LintReport dropPhone(boolean blocks) {
		return new LintReport(1, List.of(new Finding(Rule.DROP_COLUMN, Severity.BLOCK, blocks, DROP, "dropColumn",
				"public.customer.phone", "drops column phone", "expand and contract")));
	}

	private static List<FleetInstance> instances() {
		return List.of(instance("a", "pod-a", NOW.minusSeconds(30), true), instance("b", "pod-b", NOW.minusSeconds(12), true),
				new FleetInstance("c", "orders", "1.4.2", "pod-c", NOW, NOW, Set.of("customer", "customer.id")));
	}

	private static FleetInstance instance(String id, String host, Instant lastSeen, boolean mapsPhone) {
		return new FleetInstance(id, "orders", mapsPhone ? "1.4.1" : "1.4.2", host, lastSeen, lastSeen,
				mapsPhone ? Set.of("customer", "customer.id", "customer.name", "customer.phone")
						: Set.of("customer", "customer.id", "customer.name"));
	}

	private static LiveTable table(String name, String... columns) {
		Map<String, LiveColumn> live = new LinkedHashMap<>();
		for (String column : columns) {
			live.put(column, new LiveColumn(column, "varchar", Types.VARCHAR, 40, null,
					true, false));
		}
		return new LiveTable(name, live);
	}

}
