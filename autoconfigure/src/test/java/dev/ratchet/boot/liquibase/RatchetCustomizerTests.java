package dev.ratchet.boot.liquibase;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.ratchet.boot.liquibase.AttemptOutcome.Stop;
import dev.ratchet.boot.session.LockMode;
import dev.ratchet.boot.session.MigrationTimeouts;
import dev.ratchet.boot.testsupport.H2Database;
import dev.ratchet.lint.ValidationMode;
import dev.ratchet.lock.LockSettings;
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
 * Tests for {@link RatchetCustomizer}: what it notes in the {@link Attempt} and when it
 * stops Liquibase before anything runs, on H2 in memory.
 */
class RatchetCustomizerTests {

	private final H2Database database = H2Database.create();

	private final Attempt attempt = new Attempt();

	private final List<String> calls = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		this.database.close();
	}

	@Test
	void runsTheApplicationsCustomizerFirstAndKeepsTheParsedChangeLog() throws Exception {
		try (Liquibase liquibase = liquibase("db/v1.yaml")) {
			customizer(settings(true, ValidationMode.ENFORCE)).customize(liquibase);
			assertThat(this.calls).containsExactly("application");
			AttemptOutcome outcome = this.attempt.end(null);
			assertThat(outcome.changeLog().databaseChangeLog()).isSameAs(liquibase.getDatabaseChangeLog());
			assertThat(outcome.changeLog().path()).isEqualTo("classpath:db/v1.yaml");
			assertThat(liquibase.getDefaultChangeExecListener()).isNotNull();
			assertThat(outcome.stop()).isEqualTo(Stop.NONE);
			assertThat(outcome.blocked()).isNull();
			assertThat(outcome.linted().changeSets()).containsExactly("db/changelog/r1.yaml::r1-1::ana",
					"db/changelog/r1.yaml::r1-2::ana");
			assertThat(outcome.linted().report().findings()).isEmpty();
		}
	}

	@Test
	void onAVerifyOnlyInstanceRecordsTheSkipAndStopsBeforeTheLock() throws Exception {
		try (Liquibase liquibase = liquibase("db/v1.yaml")) {
			assertThatExceptionOfType(UpdateSkippedException.class)
				.isThrownBy(() -> customizer(settings(false, ValidationMode.ENFORCE)).customize(liquibase));
			AttemptOutcome outcome = this.attempt.end(null);
			assertThat(outcome.stop()).isEqualTo(Stop.SKIPPED);
			assertThat(outcome.changeLog()).isNotNull();
			assertThat(outcome.linted()).isNull();
		}
	}

	@Test
	void aBlockingFindingIsRecordedAndStopsTheUpdate() throws Exception {
		releaseOne();
		try (Liquibase liquibase = liquibase("db/v2.yaml")) {
			MigrationBlockedException thrown = catchThrowableOfType(MigrationBlockedException.class,
					() -> customizer(settings(true, ValidationMode.ENFORCE)).customize(liquibase));
			assertThat(thrown).isNotNull();
			AttemptOutcome outcome = this.attempt.end(thrown);
			assertThat(outcome.stop()).isEqualTo(Stop.BLOCKED);
			assertThat(outcome.blocked()).isSameAs(thrown);
			assertThat(thrown.getMessage()).contains("r2-1").contains("drop-column");
			assertThat(outcome.linted().report().blocking()).extracting((finding) -> finding.rule().id())
				.contains("drop-column");
		}
	}

	@Test
	void inWarnModeABlockingFindingIsLoggedAndTheUpdateGoesOn() throws Exception {
		releaseOne();
		try (Liquibase liquibase = liquibase("db/v2.yaml")) {
			assertThatNoException()
				.isThrownBy(() -> customizer(settings(true, ValidationMode.WARN)).customize(liquibase));
			AttemptOutcome outcome = this.attempt.end(null);
			assertThat(outcome.stop()).isEqualTo(Stop.NONE);
			assertThat(outcome.linted().report().blocking()).extracting((finding) -> finding.rule().id())
				.contains("drop-column");
		}
	}

	@Test
	void withValidationOffNothingIsLinted() throws Exception {
		releaseOne();
		try (Liquibase liquibase = liquibase("db/v2.yaml")) {
			assertThatNoException()
				.isThrownBy(() -> customizer(settings(true, ValidationMode.OFF)).customize(liquibase));
			AttemptOutcome outcome = this.attempt.end(null);
			assertThat(outcome.stop()).isEqualTo(Stop.NONE);
			assertThat(outcome.linted()).isNull();
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

	private RatchetCustomizer customizer(UpdateSettings settings) {
		SpringLiquibase bean = new SpringLiquibase();
		bean.setBeanName("liquibase");
		bean.setChangeLog("classpath:db/v1.yaml");
		return new RatchetCustomizer(bean, (liquibase) -> this.calls.add("application"), settings, this.attempt,
				Clock.systemUTC());
	}

	private Liquibase liquibase(String changeLog) throws Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(DriverManager.getConnection(this.database.url())));
		return new Liquibase(changeLog, new ClassLoaderResourceAccessor(), database);
	}

	private static UpdateSettings settings(boolean migrate, ValidationMode validation) {
		return UpdateSettings.builder()
			.migrate(migrate)
			.validation(validation)
			.lockMode(LockMode.TABLE)
			.lock(new LockSettings(Duration.ofSeconds(10), Duration.ofMinutes(10), false))
			.timeouts(new MigrationTimeouts(null, null, 0))
			.build();
	}

}
