package dev.ratchet.boot.liquibase;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.ratchet.boot.liquibase.RatchetLiquibasePostProcessor.Settings;
import dev.ratchet.boot.testsupport.H2Database;
import dev.ratchet.boot.liquibase.MigrationRuns.ParsedChangeLog;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.state.RunOutcome;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link RatchetCustomizer}: what it writes to the {@link MigrationRun} and when
 * it stops Liquibase before anything runs, on H2 in memory.
 */
class RatchetCustomizerTests {

	private final H2Database database = H2Database.create();

	private final MigrationRun run = new MigrationRun("liquibase", Clock.systemUTC().instant());

	private final List<String> calls = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		this.database.close();
	}

	@Test
	void runsTheApplicationsCustomizerFirstAndKeepsTheParsedChangeLog() throws Exception {
		try (Liquibase liquibase = liquibase("db/v1.yaml")) {
			customizer(settings(true, true)).customize(liquibase);
			assertThat(this.calls).containsExactly("application");
			ParsedChangeLog parsed = this.run.finish(RunOutcome.SUCCESS, null, null).changeLog();
			assertThat(parsed.changeLog()).isSameAs(liquibase.getDatabaseChangeLog());
			assertThat(this.run.lastAttempt()).isNotNull();
			assertThat(this.run.skipped()).isFalse();
			assertThat(this.run.blocked()).isNull();
		}
	}

	@Test
	void onAVerifyOnlyInstanceRecordsTheSkipAndStopsBeforeTheLock() throws Exception {
		try (Liquibase liquibase = liquibase("db/v1.yaml")) {
			assertThatExceptionOfType(UpdateSkippedException.class)
				.isThrownBy(() -> customizer(settings(false, true)).customize(liquibase));
			assertThat(this.run.skipped()).isTrue();
			assertThat(this.run.lastAttempt()).isNull();
		}
	}

	@Test
	void aBlockingFindingIsRecordedAndStopsTheUpdate() throws Exception {
		releaseOne();
		try (Liquibase liquibase = liquibase("db/v2.yaml")) {
			MigrationBlockedException thrown = catchThrowableOfType(MigrationBlockedException.class,
					() -> customizer(settings(true, true)).customize(liquibase));
			assertThat(thrown).isNotNull();
			assertThat(this.run.blocked()).isSameAs(thrown);
			assertThat(thrown.getMessage()).contains("r2-1").contains("drop-column");
		}
	}

	@Test
	void inWarnModeABlockingFindingIsLoggedAndTheUpdateGoesOn() throws Exception {
		releaseOne();
		try (Liquibase liquibase = liquibase("db/v2.yaml")) {
			assertThatNoException().isThrownBy(() -> customizer(settings(true, false)).customize(liquibase));
			assertThat(this.run.blocked()).isNull();
		}
	}

	/**
	 * Applies release 1 with plain Liquibase.
	 */
	private void releaseOne() throws Exception {
		SpringLiquibase plain = new SpringLiquibase();
		plain.setDataSource(new SimpleDriverDataSource(new org.h2.Driver(), this.database.url()));
		plain.setChangeLog("classpath:db/v1.yaml");
		plain.setResourceLoader(new DefaultResourceLoader());
		plain.afterPropertiesSet();
	}

	private RatchetCustomizer customizer(Settings settings) {
		SpringLiquibase bean = new SpringLiquibase();
		bean.setBeanName("liquibase");
		return new RatchetCustomizer(bean, (liquibase) -> this.calls.add("application"), settings, this.run,
				Clock.systemUTC());
	}

	private Liquibase liquibase(String changeLog) throws Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(DriverManager.getConnection(this.database.url())));
		return new Liquibase(changeLog, new ClassLoaderResourceAccessor(), database);
	}

	private static Settings settings(boolean migrate, boolean enforce) {
		return new Settings(true, enforce, false, LintPolicy.defaults(), migrate, false, LockMode.TABLE,
				Duration.ofSeconds(10), Duration.ofMinutes(10), false,
				new MigrationTimeouts(null, null, 0));
	}

}
