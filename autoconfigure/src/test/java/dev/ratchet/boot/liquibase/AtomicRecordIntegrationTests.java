package dev.ratchet.boot.liquibase;

import java.util.List;

import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.PostgresDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a changeset and its DATABASECHANGELOG row commit together: when writing the
 * row fails (as when the session dies right after the changeset's statements), the
 * changeset's statements are gone with it. Plain Liquibase commits them first and leaves them
 * applied but unrecorded; so does a changeset with {@code runInTransaction: false}.
 */
class AtomicRecordIntegrationTests {

	private SqlDatabase database;

	private ApplicationContextRunner runner;

	@BeforeEach
	void createDatabase() throws Exception {
		this.database = PostgresDatabase.create();
		this.runner = MigrationApps.on(this.database);
		migrate("db/v1.yaml");
		this.database.execute("""
				create function refuse_coupon_record() returns trigger language plpgsql as $$
				begin
					if new.id = 'r2-coupon' then
						raise exception 'the session died before the row was written';
					end if;
					return new;
				end $$""", "create trigger refuse_coupon_record before insert on databasechangelog "
				+ "for each row execute function refuse_coupon_record()");
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aChangesetWhoseRowIsNotWrittenLeavesNothing() throws Exception {
		assertStartupFails("db/v2-unrecorded.yaml");
		assertThat(recorded()).containsExactly("r1-1", "r1-2", "r2-phone");
		assertThat(tables("coupon")).containsExactly("0");
		assertThat(columns("customer", "phone")).containsExactly("1");

		this.database.execute("drop trigger refuse_coupon_record on databasechangelog");
		migrate("db/v2-unrecorded.yaml");
		assertThat(recorded()).containsExactly("r1-1", "r1-2", "r2-phone", "r2-coupon");
	}

	@Test
	void plainLiquibaseLeavesTheChangesetAppliedButUnrecorded() throws Exception {
		assertStartupFails("db/v2-unrecorded.yaml", "ratchet.enabled=false");
		assertThat(recorded()).containsExactly("r1-1", "r1-2", "r2-phone");
		assertThat(tables("coupon")).containsExactly("1");
	}

	@Test
	void aChangesetOutsideATransactionIsCommittedAsItRuns() throws Exception {
		assertStartupFails("db/v2-outside-transaction.yaml");
		assertThat(recorded()).containsExactly("r1-1", "r1-2");
		assertThat(tables("coupon")).containsExactly("1");
	}

	private void migrate(String changeLog) {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:" + changeLog)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private void assertStartupFails(String changeLog, String... properties) {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:" + changeLog)
			.withPropertyValues(properties)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("the session died before the row was written"));
	}

	private List<String> recorded() throws Exception {
		return this.database.query("select id from databasechangelog order by orderexecuted");
	}

	private List<String> tables(String name) throws Exception {
		return this.database.query("select count(*) from information_schema.tables where table_name = '" + name
				+ "' and table_schema = current_schema()");
	}

	private List<String> columns(String table, String column) throws Exception {
		return this.database.query("select count(*) from information_schema.columns where table_name = '" + table
				+ "' and column_name = '" + column + "' and table_schema = current_schema()");
	}

}
