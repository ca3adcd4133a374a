package dev.ratchet.boot.snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.boot.liquibase.RecordedRuns;
import dev.ratchet.boot.testsupport.H2Database;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import dev.ratchet.state.AlreadyChecked;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStateReader;
import dev.ratchet.state.MigrationStatus;
import dev.ratchet.state.RunOutcome;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SnapshotReader}: the state of every bean read from its database, on H2 in
 * memory.
 */
class SnapshotReaderTests {

	private final H2Database h2 = H2Database.create();

	private final MigrationRuns runs = new MigrationRuns();

	@AfterEach
	void close() {
		this.h2.close();
	}

	@Test
	void aBeanWhoseUpdateDidNotRunIsReadFromItsOwnParseOfTheChangeLog() {
		Map<String, MigrationState> states = reader(Map.of("liquibase", bean(dataSource()))).read(false);
		MigrationState state = states.get("liquibase");
		assertThat(state.status()).isEqualTo(MigrationStatus.PENDING);
		assertThat(state.pending()).extracting((pending) -> pending.changeSet())
			.containsExactly("db/changelog/r1.yaml::r1-1::ana", "db/changelog/r1.yaml::r1-2::ana");
		assertThat(state.changeLog().path()).isEqualTo("classpath:db/v1.yaml");
		assertThat(state.lastRun()).isNull();
	}

	@Test
	void aBeanWhoseDatabaseCannotBeReachedIsUnknownAndTheOthersAreStillRead() {
		DataSource unreachable = new SimpleDriverDataSource() {

			@Override
			protected Connection getConnectionFromDriver(String username, String password)
					throws SQLException {
				throw new SQLException("Connection refused");
			}

		};
		Map<String, SpringLiquibase> beans = new LinkedHashMap<>();
		beans.put("broken", bean(unreachable));
		beans.put("liquibase", bean(dataSource()));
		Map<String, MigrationState> states = reader(beans).read(false);
		assertThat(states.get("broken").status()).isEqualTo(MigrationStatus.UNKNOWN);
		assertThat(states.get("broken").error()).isEqualTo("Connection refused");
		assertThat(states.get("liquibase").status()).isEqualTo(MigrationStatus.PENDING);
	}

	@Test
	void theSnapshotAtStartupTakesTheLintOfTheUpdateForTheSamePendingChangesetsAndLaterOnesLintAgain() {
		Finding fromTheUpdate = new Finding(Rule.DROP_TABLE, Severity.BLOCK, false,
				ChangeSetId.parse("db/changelog/r1.yaml::r1-1::ana"), "dropTable", "customer", "linted by the update",
				"");
		AlreadyChecked checked = new AlreadyChecked(false,
				List.of("db/changelog/r1.yaml::r1-1::ana", "db/changelog/r1.yaml::r1-2::ana"),
				new LintReport(2, List.of(fromTheUpdate)));
		RecordedRuns.record(this.runs, new RunResult("liquibase", null,
				new LastRun(Instant.now(), 5, RunOutcome.BLOCKED, 0, null, "blocked", 0), List.of(), checked));
		SnapshotReader reader = reader(Map.of("liquibase", bean(dataSource())));
		assertThat(reader.read(true).get("liquibase").findings()).containsExactly(fromTheUpdate);
		assertThat(reader.read(false).get("liquibase").findings()).isEmpty();
	}

	private SnapshotReader reader(Map<String, SpringLiquibase> beans) {
		MigrationStateReader reader = new MigrationStateReader(LintPolicy.defaults(), Duration.ofMinutes(15),
				Clock.systemUTC());
		return new SnapshotReader(() -> beans, this.runs, reader, Clock.systemUTC(), List::of, List::of, (schema) -> {
		});
	}

	private DataSource dataSource() {
		return new SimpleDriverDataSource(new org.h2.Driver(), this.h2.url());
	}

	private static SpringLiquibase bean(DataSource dataSource) {
		SpringLiquibase bean = new SpringLiquibase();
		bean.setDataSource(dataSource);
		bean.setChangeLog("classpath:db/v1.yaml");
		bean.setResourceLoader(new DefaultResourceLoader());
		bean.setBeanName("liquibase");
		return bean;
	}

}
