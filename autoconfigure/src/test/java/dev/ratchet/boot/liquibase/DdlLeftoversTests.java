package dev.ratchet.boot.liquibase;

import java.sql.DriverManager;

import dev.ratchet.boot.testsupport.H2Database;
import liquibase.change.AddColumnConfig;
import liquibase.change.ColumnConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DdlLeftovers}: what a failed changeset left behind where DDL is not
 * transactional, read on H2 in memory, which commits DDL as it runs.
 */
class DdlLeftoversTests {

	private final H2Database h2 = H2Database.create();

	@AfterEach
	void close() {
		this.h2.close();
	}

	@Test
	void tablesAndColumnsATypedChangesetLeftAreNamed() throws Exception {
		this.h2.execute("create table customer (id int primary key)");
		Database database = database();
		DdlLeftovers leftovers = new DdlLeftovers();
		leftovers.beforeChangeSet(database, typed());
		this.h2.execute("create table half_done (id int)", "alter table customer add priority int");
		String left = leftovers.afterFailure(database, "db/r2.yaml::2::ana");
		assertThat(left).startsWith("H2 does not roll back DDL: changeset db/r2.yaml::2::ana left behind: ")
			.containsIgnoringCase("table half_done created")
			.containsIgnoringCase("column customer.priority added");
		assertThat(leftovers.leftTablesOrColumns()).isTrue();
	}

	@Test
	void aChangesetThatChangedNothingLeftNothing() throws Exception {
		this.h2.execute("create table customer (id int primary key)");
		Database database = database();
		DdlLeftovers leftovers = new DdlLeftovers();
		leftovers.beforeChangeSet(database, typed());
		assertThat(leftovers.afterFailure(database, "db/r2.yaml::2::ana")).endsWith("left no table or column behind.");
		assertThat(leftovers.leftTablesOrColumns()).isFalse();
	}

	@Test
	void rawSqlIsComparedWithTheWholeSchema() throws Exception {
		Database database = database();
		ChangeSet changeSet = changeSet();
		changeSet.addChange(new RawSQLChange("create table scratch (id int); select broken"));
		DdlLeftovers leftovers = new DdlLeftovers();
		leftovers.beforeChangeSet(database, changeSet);
		this.h2.execute("create table scratch (id int)");
		assertThat(leftovers.afterFailure(database, "db/r2.yaml::2::ana")).containsIgnoringCase("table scratch created");
		assertThat(leftovers.leftTablesOrColumns()).isTrue();
	}

	@Test
	void databasesThatCommitDdlAsItRunsAreKnownEvenWhereLiquibaseSaysOtherwise() throws Exception {
		assertThat(DdlLeftovers.commitsDdl(database())).isTrue();
		assertThat(DdlLeftovers.commitsDdl(new MariaDBDatabase())).isTrue();
		assertThat(DdlLeftovers.commitsDdl(new MySQLDatabase())).isTrue();
		assertThat(DdlLeftovers.commitsDdl(new PostgresDatabase())).isFalse();
	}

	private Database database() throws Exception {
		return DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(DriverManager.getConnection(this.h2.url())));
	}

	private static ChangeSet typed() {
		ChangeSet changeSet = changeSet();
		CreateTableChange createTable = new CreateTableChange();
		createTable.setTableName("half_done");
		createTable.addColumn(new ColumnConfig().setName("id").setType("int"));
		changeSet.addChange(createTable);
		AddColumnChange addColumn = new AddColumnChange();
		addColumn.setTableName("customer");
		AddColumnConfig priority = new AddColumnConfig();
		priority.setName("priority");
		priority.setType("int");
		addColumn.addColumn(priority);
		changeSet.addChange(addColumn);
		return changeSet;
	}

	private static ChangeSet changeSet() {
		return new ChangeSet("2", "ana", false, false, "db/r2.yaml", null, null, null);
	}

}
