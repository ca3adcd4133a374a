package dev.ratchet.boot.actuate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import dev.ratchet.boot.actuate.MigrationsDescriptors.FleetDescriptor;
import dev.ratchet.boot.actuate.MigrationsDescriptors.LiquibaseBeanDescriptor;
import dev.ratchet.boot.actuate.MigrationsDescriptors.MigrationsDescriptor;
import dev.ratchet.boot.fleet.FleetSnapshot;
import dev.ratchet.compat.CompatState;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.drift.DriftKind;
import dev.ratchet.drift.DriftSeverity;
import dev.ratchet.fleet.Contractable;
import dev.ratchet.fleet.FleetInstance;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import dev.ratchet.lock.LockState;
import dev.ratchet.state.AppliedChangeSet;
import dev.ratchet.state.ChangeLogInfo;
import dev.ratchet.state.ChecksumMismatch;
import dev.ratchet.state.DatabaseInfo;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import dev.ratchet.state.PendingChangeSet;
import dev.ratchet.state.RunOutcome;
import dev.ratchet.state.UnexpectedChangeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the JSON of {@code /actuator/migrations} to the names the contract gives them: every
 * object has exactly the keys users' dashboards and scripts read.
 */
class MigrationsDescriptorsTests {

	private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

	private final String json = JsonMapper.builder().build().writeValueAsString(descriptor());

	@Test
	void theTopLevelAndEachBeanHaveTheContractsKeys() {
		assertKeys("$", "status", "checkedAt", "liquibaseBeans", "fleet");
		assertKeys("$.liquibaseBeans.liquibase", "status", "database", "changeLog", "summary", "lastRun", "pending",
				"findings", "recentlyApplied", "unexpected", "checksumMismatches", "lock", "drift", "compat",
				"suggestedChangeLog", "error");
		assertThat((String) JsonPath.read(this.json, "$.status")).isEqualTo("BLOCKED");
	}

	@Test
	void eachSectionHasTheContractsKeys() {
		String bean = "$.liquibaseBeans.liquibase";
		assertKeys(bean + ".database", "product", "version", "url", "defaultSchema");
		assertKeys(bean + ".changeLog", "path", "changeSets", "liquibaseVersion");
		assertKeys(bean + ".summary", "applied", "pending", "blocked", "approved", "warnings", "unexpected",
				"checksumMismatches", "drift", "compatColumns");
		assertKeys(bean + ".lastRun", "startedAt", "durationMs", "outcome", "ran", "failedChangeSet", "error",
				"lockTimeouts");
		assertKeys(bean + ".pending[0]", "changeSet", "changeTypes");
		assertKeys(bean + ".findings[0]", "rule", "severity", "approved", "changeSet", "changeType", "target",
				"message", "suggestion");
		assertKeys(bean + ".recentlyApplied[0]", "changeSet", "dateExecuted", "execType", "checksum");
		assertKeys(bean + ".unexpected[0]", "changeSet", "dateExecuted");
		assertKeys(bean + ".checksumMismatches[0]", "changeSet", "storedChecksum", "currentChecksum");
		assertKeys(bean + ".lock", "locked", "lockedBy", "lockedSince", "stale");
		assertKeys(bean + ".drift[0]", "kind", "severity", "table", "column", "entity", "changeSet", "expected",
				"actual");
		assertKeys(bean + ".compat", "active", "restartRequired", "columns", "unavailable");
		assertKeys(bean + ".compat.columns[0]", "entity", "table", "column");
		assertKeys(bean + ".compat.unavailable[0]", "entity", "table", "reason");
	}

	@Test
	@SuppressWarnings("unchecked")
	void valuesAreSpelledAsTheContractSpellsThem() {
		String bean = "$.liquibaseBeans.liquibase";
		assertThat((String) JsonPath.read(this.json, bean + ".findings[0].rule")).isEqualTo("drop-column");
		assertThat((String) JsonPath.read(this.json, bean + ".findings[0].severity")).isEqualTo("block");
		assertThat((String) JsonPath.read(this.json, bean + ".findings[0].changeSet"))
			.isEqualTo("db/changelog/008.yaml::8::ana");
		assertThat((String) JsonPath.read(this.json, bean + ".lastRun.outcome")).isEqualTo("SUCCESS");
		assertThat((List<String>) JsonPath.read(this.json, bean + ".drift[*].kind")).containsExactly("checksum-mismatch",
				"unexpected-changeset", "missing-column");
		assertThat((Integer) JsonPath.read(this.json, bean + ".summary.drift")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(this.json, bean + ".summary.unexpected")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(this.json, bean + ".summary.checksumMismatches")).isEqualTo(1);
	}

	@Test
	void theFleetSectionHasTheContractsKeys() {
		assertKeys("$.fleet", "instances", "contractable", "suggestedContractChangeLog");
		assertKeys("$.fleet.instances[0]", "application", "version", "host", "startedAt", "lastSeen", "self");
		assertKeys("$.fleet.contractable[0]", "table", "column", "lastMappedBy", "unmappedSince");
		assertThat((Boolean) JsonPath.read(this.json, "$.fleet.instances[0].self")).isTrue();
		assertThat((String) JsonPath.read(this.json, "$.fleet.contractable[0].lastMappedBy")).isEqualTo("orders 1.4.1");
	}

	private void assertKeys(String path, String... keys) {
		Map<String, Object> object = JsonPath.read(this.json, path);
		assertThat(object.keySet()).as(path).isEqualTo(Set.of(keys));
	}

	private static MigrationsDescriptor descriptor() {
		Finding finding = new Finding(Rule.DROP_COLUMN, Severity.BLOCK, false,
				ChangeSetId.parse("db/changelog/008.yaml::8::ana"), "dropColumn", "orders.legacy_ref", "drops it",
				"expand and contract");
		MigrationState state = new MigrationState(MigrationStatus.BLOCKED, AT,
				new DatabaseInfo("PostgreSQL", "15.18", "jdbc:postgresql://db:5432/app", "public"),
				new ChangeLogInfo("classpath:db/changelog/db.changelog-master.yaml", 42, "5.0.4"),
				new LastRun(AT, 812, RunOutcome.SUCCESS, 2, null, null, 0), 40,
				List.of(new PendingChangeSet("db/changelog/007.yaml::7::ana", List.of("addColumn"))), List.of(finding),
				List.of(new AppliedChangeSet("db/changelog/006.yaml::6::ana", AT, "EXECUTED", "9:aa")),
				List.of(new UnexpectedChangeSet("hotfix.sql::99::ops", AT)),
				List.of(new ChecksumMismatch("db/changelog/005.yaml::5::ana", "9:aa", "9:bb")),
				new LockState(false, null, null, false),
				List.of(new DriftItem(DriftKind.MISSING_COLUMN, DriftSeverity.ERROR, "app_user", "phone", "AppUser", null,
						"varchar(32)", null)),
				new CompatState(true, false, List.of(new CompatState.DegradedColumn("AppUser", "app_user", "phone")),
						List.of(new CompatState.UnavailableEntity("AuditEntry", "audit_entry", "missing-table"))),
				"databaseChangeLog:\n- changeSet:\n    id: ratchet-suggested-0a1b2c3d\n", null);
		FleetSnapshot fleet = new FleetSnapshot(AT, "a1",
				List.of(new FleetInstance("a1", "orders", "1.4.2", "orders-7f9c", AT, AT, Set.of("customer"))),
				List.of(new Contractable("customer", "phone", "orders 1.4.1", AT)), "databaseChangeLog:\n");
		return new MigrationsDescriptor(state.status(), AT, Map.of("liquibase", LiquibaseBeanDescriptor.of(state)),
				FleetDescriptor.of(fleet));
	}

}
