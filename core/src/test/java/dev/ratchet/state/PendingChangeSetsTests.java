package dev.ratchet.state;

import java.sql.Connection;
import java.sql.DriverManager;
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
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PendingChangeSets}, on an embedded H2 database: the changesets are
 * chosen as Liquibase chooses them.
 */
class PendingChangeSetsTests {

	private static final String CHANGE_LOG = "changelogs/pending/master.yaml";

	private final ResourceAccessor accessor = new ClassLoaderResourceAccessor(getClass().getClassLoader());

	private Connection connection;

	private Database database;

	private DatabaseChangeLog changeLog;

	@BeforeEach
	void openDatabase() throws Exception {
		this.connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
				"");
		this.database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(this.connection));
		this.changeLog = ChangeLogParserFactory.getInstance()
			.getParser(CHANGE_LOG, this.accessor)
			.parse(CHANGE_LOG, new ChangeLogParameters(this.database), this.accessor);
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

	private List<String> ids(String contexts, String labels, String tag) throws Exception {
		return PendingChangeSets.of(this.changeLog, this.database, contexts, labels, tag)
			.stream()
			.map(ChangeSet::getId)
			.toList();
	}

}
