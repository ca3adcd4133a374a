package dev.ratchet.boot.liquibase;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.boot.session.LockMode;
import dev.ratchet.boot.session.MigrationTimeouts;
import dev.ratchet.boot.testsupport.H2Database;
import dev.ratchet.lock.LockSettings;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.RunOutcome;
import liquibase.Liquibase;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RatchetLiquibasePostProcessor} and the {@link BootUpdate} it runs, on a
 * plain {@link SpringLiquibase} bean and H2 in memory: one update per bean, one recorded
 * result, the outcome taken from what the run recorded.
 */
class RatchetLiquibasePostProcessorTests {

	private final H2Database database = H2Database.create();

	private final MigrationRuns runs = new MigrationRuns();

	private final List<String> told = new ArrayList<>();

	RatchetLiquibasePostProcessorTests() {
		this.runs.addListener(new MigrationListener() {

			@Override
			public void updateFinished(String beanName, LastRun run) {
				RatchetLiquibasePostProcessorTests.this.told.add(beanName + " " + run.outcome());
			}

			@Override
			public void changeSetRan(String beanName, String execType, long nanos) {
				RatchetLiquibasePostProcessorTests.this.told.add(beanName + " " + execType);
			}

		});
	}

	@AfterEach
	void close() throws Exception {
		this.database.close();
	}

	@Test
	void runsTheUpdateWhenTheBeanInitializesAndRecordsOneResult() throws Exception {
		SpringLiquibase bean = bean("db/v1.yaml");
		process(bean, settings(true, false));
		LastRun run = this.runs.lastRun("liquibase").orElseThrow();
		assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCESS);
		assertThat(run.ran()).isEqualTo(2);
		RunResult result = this.runs.result("liquibase").orElseThrow();
		assertThat(result.changeLog()).isNotNull();
		assertThat(result.checked().checksums()).isTrue();
		assertThat(result.checked().pendingChangeSets()).hasSize(2);
		assertThat(this.told).containsExactly("liquibase EXECUTED", "liquibase EXECUTED", "liquibase SUCCESS");
		bean.afterPropertiesSet();
		assertThat(this.database.query("select count(*) from databasechangelog")).containsExactly("2");
		assertThat(this.told).hasSize(3);
	}

	@Test
	void decoratesTheApplicationsCustomizerOnceAndGivesItBack() throws Exception {
		AtomicInteger customized = new AtomicInteger();
		SpringLiquibase bean = bean("db/v1.yaml");
		Customizer<Liquibase> application = (liquibase) -> customized.incrementAndGet();
		bean.setCustomizer(application);
		RatchetLiquibasePostProcessor processor = processor(settings(true, false));
		processor.postProcessBeforeInitialization(bean, "liquibase");
		processor.postProcessBeforeInitialization(bean, "liquibase");
		assertThat(bean.getCustomizer()).isSameAs(application);
		assertThat(customized).hasValue(1);
		assertThat(this.told).containsOnlyOnce("liquibase SUCCESS");
	}

	@Test
	void aBlockedUpdateRunsNothingIsRecordedAsBlockedAndStopsStartup() throws Exception {
		process(bean("db/v1.yaml"), settings(true, false));
		assertThatExceptionOfType(MigrationBlockedException.class)
			.isThrownBy(() -> process(bean("db/v2.yaml"), settings(true, false)))
			.withMessageContaining("drop-column");
		LastRun run = this.runs.lastRun("liquibase").orElseThrow();
		assertThat(run.outcome()).isEqualTo(RunOutcome.BLOCKED);
		assertThat(run.error()).contains("r2-1");
		assertThat(this.database.query("select count(*) from databasechangelog")).containsExactly("2");
		assertThat(this.database.query("select count(*) from information_schema.columns where lower(column_name) "
				+ "= 'legacy_ref'")).containsExactly("1");
	}

	@Test
	void withOnFailureContinueABlockedUpdateLetsStartupGoOn() throws Exception {
		process(bean("db/v1.yaml"), settings(true, false));
		process(bean("db/v2.yaml"), settings(true, true));
		assertThat(this.runs.lastRun("liquibase").orElseThrow().outcome()).isEqualTo(RunOutcome.BLOCKED);
		assertThat(this.database.query("select count(*) from databasechangelog")).containsExactly("2");
	}

	@Test
	void aVerifyOnlyInstanceParsesTheChangeLogAndRunsNothing() throws Exception {
		process(bean("db/v1.yaml"), settings(false, false));
		LastRun run = this.runs.lastRun("liquibase").orElseThrow();
		assertThat(run.outcome()).isEqualTo(RunOutcome.SKIPPED);
		assertThat(run.ran()).isZero();
		assertThat(this.runs.result("liquibase").map(RunResult::changeLog)).hasValueSatisfying(
				(parsed) -> assertThat(parsed.changeSets()).hasSize(2));
		assertThat(this.database.query("select count(*) from information_schema.tables where lower(table_name) "
				+ "= 'customer'")).containsExactly("0");
	}

	@Test
	void aFailedChangeSetIsNamedInTheRunAndTheFailure() throws Exception {
		process(bean("db/v1.yaml"), settings(true, false));
		assertThatExceptionOfType(UpdateFailedException.class)
			.isThrownBy(() -> process(bean("db/v2-broken.yaml"), settings(true, false)))
			.withMessageContaining("r2-broken");
		LastRun run = this.runs.lastRun("liquibase").orElseThrow();
		assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
		assertThat(run.failedChangeSet()).contains("r2-broken");
		assertThat(run.error()).containsIgnoringCase("no_such_table");
	}

	@Test
	void dropFirstIsRefusedBeforeAnythingRuns() throws Exception {
		process(bean("db/v1.yaml"), settings(true, false));
		SpringLiquibase dropping = bean("db/v1.yaml");
		dropping.setDropFirst(true);
		assertThatExceptionOfType(DropFirstNotAllowedException.class)
			.isThrownBy(() -> process(dropping, settings(true, false)));
		assertThat(this.database.query("select count(*) from customer")).containsExactly("0");
	}

	private void process(SpringLiquibase bean, UpdateSettings settings) {
		processor(settings).postProcessBeforeInitialization(bean, "liquibase");
	}

	private RatchetLiquibasePostProcessor processor(UpdateSettings settings) {
		return new RatchetLiquibasePostProcessor(() -> settings, () -> this.runs, Clock.systemUTC());
	}

	private SpringLiquibase bean(String changeLog) {
		SpringLiquibase bean = new SpringLiquibase();
		bean.setDataSource(new SimpleDriverDataSource(new org.h2.Driver(), this.database.url()));
		bean.setChangeLog("classpath:" + changeLog);
		bean.setResourceLoader(new DefaultResourceLoader());
		bean.setBeanName("liquibase");
		return bean;
	}

	static UpdateSettings settings(boolean migrate, boolean continueOnFailure) {
		return UpdateSettings.builder()
			.migrate(migrate)
			.onFailure(continueOnFailure ? OnFailure.CONTINUE : OnFailure.FAIL)
			.lockMode(LockMode.TABLE)
			.lock(new LockSettings(Duration.ofSeconds(10), Duration.ofMinutes(10), false))
			.timeouts(new MigrationTimeouts(null, null, 0))
			.build();
	}

}
