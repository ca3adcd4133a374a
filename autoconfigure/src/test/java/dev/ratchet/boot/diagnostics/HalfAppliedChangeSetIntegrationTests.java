package dev.ratchet.boot.diagnostics;

import java.util.List;

import dev.ratchet.boot.liquibase.UpdateFailedException;
import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changeset that fails half way, under the default {@code on-failure=fail}: startup stops,
 * and on MariaDB and H2, whose DDL is not transactional, the failure says what the changeset
 * left behind; on PostgreSQL it leaves nothing and says nothing of the kind.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class HalfAppliedChangeSetIntegrationTests {

	private static final String BROKEN = "db/changelog/r2-broken.yaml::r2-broken::ana";

	@Parameter
	Engine engine;

	private SqlDatabase database;

	private ApplicationContextRunner runner;

	@BeforeEach
	void createDatabase() {
		this.database = this.engine.create();
		this.runner = MigrationApps.on(this.database);
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aFailedChangesetStopsStartupAndTheFailureAnalysisSaysWhatItLeftBehind() throws Exception {
		migrate("db/v1.yaml");
		FailureAnalysis analysis = startupFailure("db/v2-broken.yaml");
		assertThat(analysis.getDescription())
			.startsWith("Liquibase update of 'liquibase' failed in changeset " + BROKEN + ".")
			.containsIgnoringCase("no_such_table");
		if (this.engine == Engine.POSTGRESQL) {
			assertThat(analysis.getDescription()).doesNotContain("left behind").doesNotContain("roll back DDL");
			assertThat(analysis.getAction()).doesNotContain("left behind");
			assertThat(tables("half_done")).containsExactly("0");
		}
		else {
			assertThat(analysis.getDescription()).contains(halfDoneLeftBehind());
			assertThat(analysis.getAction()).contains("undo what it left behind");
			assertThat(tables("half_done")).containsExactly("1");
		}
		assertThat(this.database.query("select count(*) from DATABASECHANGELOG")).containsExactly("2");
	}

	@Test
	void changesetsThatRanBeforeTheFailedOneInTheSameUpdateAreNotCountedAsLeftBehind() {
		FailureAnalysis analysis = startupFailure("db/v2-broken.yaml");
		if (this.engine == Engine.POSTGRESQL) {
			assertThat(analysis.getDescription()).doesNotContain("left behind");
		}
		else {
			assertThat(analysis.getDescription()).contains(halfDoneLeftBehind());
		}
	}

	@Test
	void aChangesetWhoseFirstChangeFailsLeavesNothingAndTheFailureSaysSo() throws Exception {
		migrate("db/v1.yaml");
		FailureAnalysis analysis = startupFailure("db/v2-fails-first.yaml");
		if (this.engine == Engine.POSTGRESQL) {
			assertThat(analysis.getDescription()).doesNotContain("left");
		}
		else {
			assertThat(analysis.getDescription()).contains(" does not roll back DDL: changeset "
					+ "db/changelog/r2-fails-first.yaml::r2-fails-first::ana left no table or column behind.");
		}
		assertThat(tables("never_made")).containsExactly("0");
	}

	private String halfDoneLeftBehind() {
		String product = (this.engine == Engine.H2) ? "H2" : "MariaDB";
		String created = (this.engine == Engine.H2) ? "table HALF_DONE created, column CUSTOMER.PRIORITY added"
				: "table half_done created, column customer.priority added";
		return product + " does not roll back DDL: changeset " + BROKEN + " left behind: " + created + ".";
	}

	private void migrate(String changeLog) {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:" + changeLog)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private FailureAnalysis startupFailure(String changeLog) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:" + changeLog).run((context) -> {
			assertThat(context).hasFailed();
			analysis[0] = new UpdateFailedFailureAnalyzer().analyze(context.getStartupFailure());
		});
		assertThat(analysis[0]).as("the failure analysis of an %s", UpdateFailedException.class.getSimpleName())
			.isNotNull();
		return analysis[0];
	}

	private List<String> tables(String name) throws Exception {
		return this.database.query("select count(*) from information_schema.tables where lower(table_name) = '"
				+ name + "' and table_schema = " + this.engine.currentSchema());
	}

}
