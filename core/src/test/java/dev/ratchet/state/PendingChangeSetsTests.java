package dev.ratchet.state;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.ValidationFailedException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link PendingChangeSets}, on an embedded H2 database: the changesets are
 * chosen as Liquibase chooses them.
 */
class PendingChangeSetsTests {

	private static final String CHANGE_LOG = "changelogs/pending/master.yaml";

	private static final String APPLIED = "changelogs/pending/applied.yaml";

	private static final String DUPLICATE = "changelogs/pending/duplicate.yaml";

	private final ResourceAccessor accessor = new ClassLoaderResourceAccessor(getClass().getClassLoader());

	private Connection connection;

	private Database database;

	private DatabaseChangeLog changeLog;

	@BeforeEach
	void openDatabase() throws Exception {
		this.connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
				"");
		this.database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(this.connection));
		this.changeLog = parse(CHANGE_LOG);
	}

	@AfterEach
	void closeDatabase() throws Exception {
		this.connection.close();
	}

	@Test
	void withoutFiltersEveryChangesetForThisDatabaseIsPendingExceptIgnoredOnes() throws Exception {
		assertThat(ids(null, null, null)).containsExactly("always", "plain", "test-only", "labelled", "tag-v1",
				"after-tag");
	}

	@Test
	void contextsAndLabelsFilterAsLiquibaseFilters() throws Exception {
		assertThat(ids("production", null, null)).doesNotContain("test-only").contains("labelled");
		assertThat(ids("test", null, null)).contains("test-only");
		assertThat(ids(null, "payments", null)).doesNotContain("labelled").contains("plain");
		assertThat(ids(null, "billing", null)).contains("labelled");
	}

	@Test
	void anUpdateToATagStopsAtIt() throws Exception {
		assertThat(ids(null, null, "v1")).containsExactly("always", "plain", "test-only", "labelled", "tag-v1");
	}

	@Test
	void appliedChangesetsAreNotPendingButRunAlwaysOnesAre() throws Exception {
		new Liquibase(CHANGE_LOG, this.accessor, this.database).changeLogSync(new Contexts(), new LabelExpression());
		assertThat(ids(null, null, null)).containsExactly("always");
	}

	@Test
	void readingPendingChangesetsWritesNothing() throws Exception {
		ids(null, null, null);
		try (var tables = this.connection.getMetaData().getTables(null, null, "DATABASECHANGELOG", null)) {
			assertThat(tables.next()).isFalse();
		}
	}

	@Test
	void beforeAnUpdateTheSameChangesetsArePending() throws Exception {
		assertThat(idsBeforeUpdate(null, null, null)).isEqualTo(ids(null, null, null));
		assertThat(idsBeforeUpdate("production", "billing", null)).isEqualTo(ids("production", "billing", null));
		assertThat(idsBeforeUpdate(null, null, "v1")).isEqualTo(ids(null, null, "v1"));
		new Liquibase(CHANGE_LOG, this.accessor, this.database).changeLogSync(new Contexts(), new LabelExpression());
		assertThat(idsBeforeUpdate(null, null, null)).containsExactly("always");
	}

	@Test
	void anUpToDateDatabaseIsCheckedOnceForTheUpdateThatFollows() throws Exception {
		DatabaseChangeLog applied = parse(APPLIED);
		new Liquibase(APPLIED, this.accessor, this.database).update(new Contexts(), new LabelExpression());
		assertThat(PendingChangeSets.beforeUpdate(applied, this.database, null, null, null)).isEmpty();
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("delete from databasechangelog where id = 'customer-name'");
		}
		new Liquibase(APPLIED, this.accessor, this.database).update(new Contexts(), new LabelExpression());
		assertThat(recorded()).as("the update took the answer of the check before it, as Liquibase's own")
			.isEqualTo(1);
	}

	@Test
	void aChangelogThatDoesNotValidateIsListedAndLeftToTheUpdateToReport() throws Exception {
		new Liquibase(APPLIED, this.accessor, this.database).update(new Contexts(), new LabelExpression());
		DatabaseChangeLog duplicate = parse(DUPLICATE);
		assertThat(PendingChangeSets.beforeUpdate(duplicate, this.database, null, null, null))
			.isEqualTo(PendingChangeSets.of(duplicate, this.database, null, null, null))
			.hasSize(2);
		assertThatException()
			.isThrownBy(() -> new Liquibase(DUPLICATE, this.accessor, this.database).update(new Contexts(),
					new LabelExpression()))
			.withRootCauseInstanceOf(ValidationFailedException.class);
	}

	private List<String> idsBeforeUpdate(String contexts, String labels, String tag) throws Exception {
		return PendingChangeSets.beforeUpdate(this.changeLog, this.database, contexts, labels, tag)
			.stream()
			.map(ChangeSet::getId)
			.toList();
	}

	private DatabaseChangeLog parse(String path) throws Exception {
		return ChangeLogParserFactory.getInstance()
			.getParser(path, this.accessor)
			.parse(path, new ChangeLogParameters(this.database), this.accessor);
	}

	private int recorded() throws Exception {
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from databasechangelog")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private List<String> ids(String contexts, String labels, String tag) throws Exception {
		return PendingChangeSets.of(this.changeLog, this.database, contexts, labels, tag)
			.stream()
			.map(ChangeSet::getId)
			.toList();
	}

}
