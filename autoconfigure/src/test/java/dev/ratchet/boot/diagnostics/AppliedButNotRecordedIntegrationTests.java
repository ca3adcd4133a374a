package dev.ratchet.boot.diagnostics;

import java.util.List;

import dev.ratchet.boot.liquibase.MarkRanRefusedException;
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
 * A changeset applied but not recorded, as an update killed between a changeset and its
 * DATABASECHANGELOG row leaves it where the two cannot be one transaction: the next start
 * names it and says how to record it, and {@code ratchet.migration.mark-ran} records it when
 * what it creates is in the database and refuses when it is not.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class AppliedButNotRecordedIntegrationTests {

	private static final String PHONE = "db/changelog/r2-unrecorded.yaml::r2-phone::ana";

	private static final String COUPON = "db/changelog/r2-unrecorded.yaml::r2-coupon::ana";

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
	void aChangesetWhoseObjectsExistIsNamedAsAppliedButNotRecordedAndMarkRanRecordsIt() throws Exception {
		migrate("db/v1.yaml");
		this.database.execute("alter table customer add phone varchar(40)",
				"create index idx_customer_phone on customer (phone)");
		FailureAnalysis analysis = analyze(startupFailure("db/v2-unrecorded.yaml"));
		assertThat(analysis.getDescription())
			.startsWith("Liquibase update of 'liquibase' failed in changeset " + PHONE + " on its first change: ")
			.containsIgnoringCase("phone")
			.contains("applied but not recorded")
			.doesNotContain("began to run");
		assertThat(analysis.getAction()).contains("ratchet.migration.mark-ran=" + PHONE);
		assertThat(recorded()).containsExactly("r1-1:EXECUTED", "r1-2:EXECUTED");

		this.runner
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v2-unrecorded.yaml",
					"ratchet.migration.mark-ran=" + PHONE)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(recorded()).containsExactly("r1-1:EXECUTED", "r1-2:EXECUTED", "r2-phone:MARK_RAN",
				"r2-coupon:EXECUTED");
	}

	@Test
	void aChangesetAppliedInPartIsNamedWithWhatIsMissing() throws Exception {
		migrate("db/v1.yaml");
		this.database.execute("alter table customer add phone varchar(40)");
		FailureAnalysis analysis = analyze(startupFailure("db/v2-unrecorded.yaml"));
		assertThat(analysis.getDescription()).contains("began to run before and was not recorded")
			.containsIgnoringCase("but index idx_customer_phone not");
		assertThat(analysis.getAction()).containsIgnoringCase("Either create index idx_customer_phone by hand")
			.contains("ratchet.migration.mark-ran=" + PHONE);
		assertThat(recorded()).containsExactly("r1-1:EXECUTED", "r1-2:EXECUTED");
	}

	@Test
	void markRanRefusesAChangesetWhoseObjectsAreMissingAndRecordsNothing() throws Exception {
		migrate("db/v1.yaml");
		this.database.execute("alter table customer add phone varchar(40)");
		Throwable failure = startupFailure("db/v2-unrecorded.yaml", "ratchet.migration.mark-ran=" + PHONE + ","
				+ COUPON);
		assertThat(failure).rootCause().isInstanceOf(MarkRanRefusedException.class);
		FailureAnalysis analysis = analyze(failure);
		assertThat(analysis.getDescription()).contains("nothing was recorded and nothing ran")
			.containsIgnoringCase(PHONE + " was not applied: index idx_customer_phone not in the database")
			.containsIgnoringCase(COUPON + " was not applied: table coupon not in the database");
		assertThat(recorded()).containsExactly("r1-1:EXECUTED", "r1-2:EXECUTED");
	}

	@Test
	void markRanReadsWhatSqlCreatesWithTheLintersClassifier() throws Exception {
		String sql = "db/changelog/r2-unrecorded-sql.yaml::r2-sql::ana";
		migrate("db/v1.yaml");
		this.database.execute("create table voucher (id bigint primary key, code varchar(20))",
				"alter table customer add fax varchar(40)");
		Throwable refused = startupFailure("db/v2-unrecorded-sql.yaml", "ratchet.migration.mark-ran=" + sql);
		assertThat(analyze(refused).getDescription())
			.containsIgnoringCase(sql + " was not applied: index idx_voucher_code not in the database");
		assertThat(recorded()).containsExactly("r1-1:EXECUTED", "r1-2:EXECUTED");
		this.database.execute("create index idx_voucher_code on voucher (code)");
		this.runner
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v2-unrecorded-sql.yaml",
					"ratchet.migration.mark-ran=" + sql)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(recorded()).containsExactly("r1-1:EXECUTED", "r1-2:EXECUTED", "r2-sql:MARK_RAN");
	}

	@Test
	void markRanRefusesAChangesetThatIsNotInTheChangelog() throws Exception {
		migrate("db/v1.yaml");
		Throwable failure = startupFailure("db/v2-unrecorded.yaml",
				"ratchet.migration.mark-ran=db/changelog/r2-unrecorded.yaml::r2-typo::ana");
		assertThat(analyze(failure).getDescription())
			.contains("db/changelog/r2-unrecorded.yaml::r2-typo::ana is not in the changelog");
		assertThat(recorded()).containsExactly("r1-1:EXECUTED", "r1-2:EXECUTED");
	}

	@Test
	void aChangesetAlreadyRecordedIsLeftAsItIs() throws Exception {
		migrate("db/v2-unrecorded.yaml");
		this.runner
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v2-unrecorded.yaml",
					"ratchet.migration.mark-ran=" + PHONE)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(recorded()).containsExactly("r1-1:EXECUTED", "r1-2:EXECUTED", "r2-phone:EXECUTED",
				"r2-coupon:EXECUTED");
	}

	private void migrate(String changeLog) {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:" + changeLog)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private Throwable startupFailure(String changeLog, String... properties) {
		Throwable[] failure = new Throwable[1];
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:" + changeLog)
			.withPropertyValues(properties)
			.run((context) -> {
				assertThat(context).hasFailed();
				failure[0] = context.getStartupFailure();
			});
		return failure[0];
	}

	private static FailureAnalysis analyze(Throwable failure) {
		FailureAnalysis analysis = new UpdateFailedFailureAnalyzer().analyze(failure);
		if (analysis == null) {
			analysis = new MarkRanRefusedFailureAnalyzer().analyze(failure);
		}
		assertThat(analysis).as("the failure analysis of %s", failure).isNotNull();
		return analysis;
	}

	private List<String> recorded() throws Exception {
		return this.database.query(
				"select " + this.engine.sql("id || ':' || exectype", "concat(id, ':', exectype)")
						+ " from DATABASECHANGELOG order by orderexecuted");
	}

}
