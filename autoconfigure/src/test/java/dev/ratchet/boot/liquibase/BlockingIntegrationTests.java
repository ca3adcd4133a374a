package dev.ratchet.boot.liquibase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocking on real PostgreSQL and MariaDB databases: the database is left exactly as it
 * was.
 */
@ParameterizedClass
@EnumSource(names = { "POSTGRESQL", "MARIADB" })
class BlockingIntegrationTests {

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
	void whenDropColumnAndRenameTableArePendingThenNothingChanges() throws Exception {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml")
			.run((context) -> assertThat(context).hasNotFailed());
		this.database.execute("insert into customer (id, name, legacy_ref) values (1, 'Ada', 'L-1'), (2, 'Bob', 'L-2')",
				"insert into orders (id, customer_id, total) values (10, 1, 9.99)");
		List<String> historyBefore = history();
		List<String> columnsBefore = columns();

		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(MigrationBlockedException.class)
				.hasMessageContaining("db/changelog/r2-destructive.yaml::r2-1::ana [drop-column]")
				.hasMessageContaining("db/changelog/r2-destructive.yaml::r2-2::ana [rename-table]");
		});

		assertThat(history()).isEqualTo(historyBefore);
		assertThat(columns()).isEqualTo(columnsBefore).contains("customer.legacy_ref", "orders.total");
		assertThat(this.database.query("select legacy_ref from customer order by id")).containsExactly("L-1", "L-2");
		assertThat(this.database.query("select id from orders")).containsExactly("10");
		assertThat(this.database.migrationLock().locked()).as("the migration lock is held").isFalse();
	}

	@Test
	void whenTheChangesetsAreApprovedThenTheyRun() throws SQLException {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml")
			.run((context) -> assertThat(context).hasNotFailed());
		this.runner
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml",
					"ratchet.validation.approved[0]=db/changelog/r2-destructive.yaml::r2-1::ana=drop-column",
					"ratchet.validation.approved[1]=db/changelog/r2-destructive.yaml::r2-2::ana=rename-table")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(columns()).doesNotContain("customer.legacy_ref").contains("purchase.total");
		assertThat(history()).hasSize(4);
	}

	private List<String> history() throws SQLException {
		return this.database.query("select concat(filename, '::', id, '::', author, ' ', md5sum, ' ', orderexecuted) "
				+ "from DATABASECHANGELOG order by orderexecuted");
	}

	private List<String> columns() throws SQLException {
		return this.database.query("select concat(table_name, '.', column_name) from information_schema.columns "
				+ "where table_schema = " + this.engine.currentSchema()
				+ " and lower(table_name) not like 'databasechangelog%' order by 1");
	}

}
