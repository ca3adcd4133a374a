package dev.ratchet.boot.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.ratchet.LiquibaseTables;
import dev.ratchet.boot.autoconfigure.RatchetProperties.DriftFailOn;
import dev.ratchet.boot.fleet.FleetHosts;
import dev.ratchet.boot.fleet.FleetMember;
import dev.ratchet.boot.fleet.FleetRegistry;
import dev.ratchet.boot.fleet.FleetScope;
import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.RatchetLiquibasePostProcessor;
import dev.ratchet.boot.liquibase.UpdateSettings;
import dev.ratchet.boot.session.MigrationTimeouts;
import dev.ratchet.boot.snapshot.FirstSnapshotReadiness;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.snapshot.SnapshotReader;
import dev.ratchet.boot.snapshot.SnapshotRefresher;
import dev.ratchet.boot.spi.CompatPlans;
import dev.ratchet.boot.spi.EntityMappings;
import dev.ratchet.compat.RatchetSchema;
import dev.ratchet.fleet.FleetInstance;
import dev.ratchet.fleet.FleetSettings;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lock.LockSettings;
import dev.ratchet.state.MigrationStateReader;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.function.SingletonSupplier;

/**
 * Auto-configuration for Ratchet: decorates Spring Boot's {@link SpringLiquibase} so that
 * pending changesets are linted before the update runs, records the update, and keeps a
 * snapshot of every changelog's state, including the drift between the entities and the
 * database.
 */
@AutoConfiguration(after = LiquibaseAutoConfiguration.class)
@ConditionalOnClass(SpringLiquibase.class)
@ConditionalOnBooleanProperty(name = "ratchet.enabled", matchIfMissing = true)
@ConditionalOnBean(SpringLiquibase.class)
@EnableConfigurationProperties(RatchetProperties.class)
public final class RatchetAutoConfiguration {

	private static final Duration ONCE = Duration.ofDays(36_500);

	@Bean
	static RatchetLiquibasePostProcessor ratchetLiquibasePostProcessor(ObjectProvider<RatchetProperties> properties,
			ObjectProvider<LintPolicy> policy, ObjectProvider<MigrationRuns> runs) {
		return new RatchetLiquibasePostProcessor(
				SingletonSupplier.of(() -> settings(properties.getObject(), policy.getObject())),
				SingletonSupplier.of(runs::getObject), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	LintPolicy ratchetLintPolicy(RatchetProperties properties) {
		return LintPolicies.from(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationRuns migrationRuns() {
		return new MigrationRuns();
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationSnapshots migrationSnapshots(MigrationRuns runs) {
		return new MigrationSnapshots(runs, Clock.systemUTC());
	}

	@Bean
	SnapshotRefresher migrationSnapshotRefresher(ListableBeanFactory beanFactory, MigrationSnapshots snapshots,
			MigrationRuns runs, RatchetProperties properties, LintPolicy policy,
			ObjectProvider<EntityMappings> entityMappings, ObjectProvider<CompatPlans> compatPlans,
			ObjectProvider<RatchetSchema> schema) {
		MigrationStateReader reader = new MigrationStateReader(policy, properties.getLock().getStaleAfter(),
				Clock.systemUTC());
		SnapshotReader snapshotReader = new SnapshotReader(
				() -> beanFactory.getBeansOfType(SpringLiquibase.class, false, false), runs, reader, Clock.systemUTC(),
				entityMappings(properties.getDrift(), entityMappings),
				() -> compatPlans.orderedStream().flatMap((candidate) -> candidate.plans().stream()).toList(),
				(live) -> schema.ifAvailable((known) -> known.update(live)),
				properties.getFleet().isEnabled() ? Set.of(properties.getFleet().getTable()) : Set.of());
		RatchetProperties.Drift drift = properties.getDrift();
		return new SnapshotRefresher(snapshotReader, snapshots, properties.getRefreshInterval(),
				drift.isEnabled() && drift.getFailOn() == DriftFailOn.ERROR);
	}

	@Bean
	FirstSnapshotReadiness migrationFirstSnapshotReadiness(MigrationSnapshots snapshots,
			ApplicationEventPublisher publisher) {
		return new FirstSnapshotReadiness(snapshots, publisher);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "ratchet.fleet.enabled", matchIfMissing = true)
	FleetRegistry ratchetFleetRegistry(ListableBeanFactory beanFactory, RatchetProperties properties,
			Environment environment, ObjectProvider<BuildProperties> buildProperties,
			ObjectProvider<EntityMappings> entityMappings) {
		Map<String, SpringLiquibase> beans = beanFactory.getBeansOfType(SpringLiquibase.class, false, false);
		SpringLiquibase bean = beans.getOrDefault("liquibase", beans.values().iterator().next());
		FleetSettings settings = properties.fleetSettings();
		String application = environment.getProperty("spring.application.name", "application");
		Supplier<FleetMember> member = () -> new FleetMember(application, (settings.version() != null)
				? settings.version()
				: buildProperties.stream().map(BuildProperties::getVersion).filter(Objects::nonNull).findFirst()
					.orElse("unknown"),
				FleetHosts.local());
		Set<String> liquibaseTables = beans.values().stream()
			.flatMap((liquibase) -> LiquibaseTables
				.lowerCase(liquibase.getDatabaseChangeLogTable(), liquibase.getDatabaseChangeLogLockTable())
				.stream())
			.collect(Collectors.toSet());
		Duration refresh = properties.getRefreshInterval();
		FleetScope scope = new FleetScope(bean.getDefaultSchema(), liquibaseTables,
				(refresh.isZero() || refresh.isNegative()) ? ONCE : refresh);
		return new FleetRegistry(bean.getDataSource(), settings, member,
				() -> entityMappings.orderedStream()
					.flatMap((candidate) -> candidate.models().stream())
					.flatMap((unit) -> FleetInstance.mappedBy(unit.model()).stream())
					.collect(Collectors.toSet()),
				scope, Clock.systemUTC());
	}

	private static EntityMappings entityMappings(RatchetProperties.Drift drift,
			ObjectProvider<EntityMappings> candidates) {
		if (!drift.isEnabled()) {
			return List::of;
		}
		return () -> candidates.orderedStream().flatMap((candidate) -> candidate.models().stream()).toList();
	}

	private static UpdateSettings settings(RatchetProperties properties, LintPolicy policy) {
		RatchetProperties.Migration migration = properties.getMigration();
		RatchetProperties.Lock lock = properties.getLock();
		RatchetProperties.Online online = properties.getOnline();
		return UpdateSettings.builder()
			.validation(properties.getValidation().getMode())
			.allowDropFirst(properties.getValidation().isAllowDropFirst())
			.policy(policy)
			.migrate(migration.isEnabled())
			.onFailure(migration.getOnFailure())
			.lockMode(lock.getMode())
			.lock(new LockSettings(migration.getLockWait(), lock.getStaleAfter(), lock.isReleaseStale()))
			.timeouts(new MigrationTimeouts(online.getLockTimeout(), online.getStatementTimeout(), online.getLockRetries()))
			.markRan(migration.getMarkRan())
			.fleet(properties.fleetSettings())
			.build();
	}

}
