package dev.ratchet.state;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.ratchet.drift.DriftKind;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.ParsedChangeLog;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeLogParameters;
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
 * Tests for {@link MigrationStateReader}, on an embedded H2 database: where a changelog's
 * database stands, each fact counted once.
 */
class MigrationStateReaderTests {

	private static final String V1 = "changelogs/state/v1.yaml";

	private static final String V2 = "changelogs/state/v2.yaml";

	private final ResourceAccessor accessor = new ClassLoaderResourceAccessor(getClass().getClassLoader());

	private final MigrationStateReader reader = new MigrationStateReader(LintPolicy.defaults(), Duration.ofMinutes(15),
			Clock.systemUTC());

	private Connection connection;

	private Database database;

	@BeforeEach
	void releaseOne() throws Exception {
		this.connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
				"");
		this.database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(this.connection));
		new Liquibase(V1, this.accessor, this.database).update(new Contexts(), new LabelExpression());
	}

	@AfterEach
	void closeDatabase() throws Exception {
		this.connection.close();
	}

	@Test
	void readsAppliedAndPendingChangesetsAndLintsThePendingOnes() throws Exception {
		MigrationState state = read(V2, AlreadyChecked.nothing());
		assertThat(state.status()).isEqualTo(MigrationStatus.BLOCKED);
		assertThat(state.applied()).isOne();
		assertThat(state.pending()).extracting(PendingChangeSet::changeSet)
			.containsExactly("changelogs/state/v2.yaml::drop-phone::ana");
		assertThat(state.findings()).extracting(Finding::rule).containsExactly(Rule.DROP_COLUMN);
		assertThat(state.changeLog().path()).isEqualTo(V2);
		assertThat(state.changeLog().changeSets()).isEqualTo(2);
		assertThat(state.recentlyApplied()).extracting(AppliedChangeSet::changeSet)
			.containsExactly("changelogs/state/v1.yaml::create-customer::ana");
		assertThat(state.lock().locked()).isFalse();
		assertThat(state.database().product()).isEqualTo("H2");
	}

	@Test
	void aChangesetAppliedButAbsentFromTheChangeLogIsCountedOnce() throws Exception {
		execute("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE) "
				+ "VALUES ('99', 'ops', 'hotfix.sql', CURRENT_TIMESTAMP, 2, 'EXECUTED')");
		MigrationState state = read(V1, AlreadyChecked.nothing());
		assertThat(state.status()).isEqualTo(MigrationStatus.DRIFTED);
		assertThat(state.unexpected()).extracting(UnexpectedChangeSet::changeSet).containsExactly("hotfix.sql::99::ops");
		assertThat(state.drift()).extracting((item) -> item.kind()).containsExactly(DriftKind.UNEXPECTED_CHANGESET);
		assertThat(state.schemaDrift()).isEmpty();
		Summary summary = state.summary();
		assertThat(summary.unexpected()).isOne();
		assertThat(summary.drift()).isZero();
	}

	@Test
	void anEditedChangesetIsACountedChecksumMismatchUnlessTheUpdateValidatedTheChecksums() throws Exception {
		execute("UPDATE DATABASECHANGELOG SET MD5SUM = '9:00000000000000000000000000000000'");
		MigrationState state = read(V1, AlreadyChecked.nothing());
		assertThat(state.status()).isEqualTo(MigrationStatus.DRIFTED);
		assertThat(state.checksumMismatches()).singleElement().satisfies((mismatch) -> {
			assertThat(mismatch.changeSet()).isEqualTo("changelogs/state/v1.yaml::create-customer::ana");
			assertThat(mismatch.storedChecksum()).isEqualTo("9:00000000000000000000000000000000");
		});
		assertThat(state.drift()).extracting((item) -> item.kind()).containsExactly(DriftKind.CHECKSUM_MISMATCH);
		assertThat(state.summary().checksumMismatches()).isOne();
		assertThat(state.summary().drift()).isZero();
		assertThat(read(V1, new AlreadyChecked(true, List.of(), null)).checksumMismatches()).isEmpty();
	}

	@Test
	void theLintOfTheUpdateIsTakenOnlyForTheSamePendingChangesets() throws Exception {
		Finding fromTheUpdate = new Finding(Rule.DROP_TABLE, Severity.BLOCK, false,
				ChangeSetId.parse("changelogs/state/v2.yaml::drop-phone::ana"), "dropColumn", "customer.phone",
				"linted by the update", "");
		LintReport report = new LintReport(1, List.of(fromTheUpdate));
		assertThat(read(V2, new AlreadyChecked(false, List.of("changelogs/state/v2.yaml::drop-phone::ana"), report))
			.findings()).containsExactly(fromTheUpdate);
		assertThat(read(V2, new AlreadyChecked(false, List.of("changelogs/state/v2.yaml::other::ana"), report))
			.findings()).extracting(Finding::rule).containsExactly(Rule.DROP_COLUMN);
	}

	@Test
	void pendingChangesetsAreListedAgainUnlessTheUpdateSucceededWithNoneLeft() throws Exception {
		assertThat(read(V2, AlreadyChecked.nothing()).pending()).hasSize(1);
		assertThat(read(V2, new AlreadyChecked(false, List.of(), new LintReport(0, List.of()))).pending())
			.as("an update that failed").hasSize(1);
		assertThat(read(V2, new AlreadyChecked(true, List.of(), null)).pending()).as("an update that linted nothing")
			.hasSize(1);
		assertThat(read(V2, new AlreadyChecked(true, List.of(), new LintReport(0, List.of()))).pending())
			.as("trusted: the update succeeded with nothing pending moments before").isEmpty();
	}

	@Test
	void aDatabaseThatCannotBeReadGivesAnUnknownStateWithTheError() throws Exception {
		ParsedChangeLog changeLog = parse(V1);
		this.connection.close();
		MigrationState state = this.reader.read(new ChangeLogTarget(changeLog, null, null, null), this.database,
				"jdbc:h2:mem:x", null);
		assertThat(state.status()).isEqualTo(MigrationStatus.UNKNOWN);
		assertThat(state.error()).isNotBlank();
	}

	private MigrationState read(String changeLog, AlreadyChecked checked) throws Exception {
		return this.reader.read(new ChangeLogTarget(parse(changeLog), null, null, null), this.database,
				"jdbc:h2:mem:test;PASSWORD=secret", null, checked);
	}

	private ParsedChangeLog parse(String changeLog) throws Exception {
		return new ParsedChangeLog(changeLog, ChangeLogParserFactory.getInstance()
			.getParser(changeLog, this.accessor)
			.parse(changeLog, new ChangeLogParameters(this.database), this.accessor), this.accessor);
	}

	private void execute(String sql) throws Exception {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
