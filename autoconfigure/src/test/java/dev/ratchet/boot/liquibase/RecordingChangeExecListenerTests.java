package dev.ratchet.boot.liquibase;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import dev.ratchet.boot.liquibase.AttemptOutcome.FailedChangeSet;
import dev.ratchet.boot.testsupport.H2Database;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.PreconditionErrorException;
import liquibase.exception.PreconditionFailedException;
import liquibase.precondition.core.PreconditionContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RecordingChangeExecListener}: what it notes in the {@link Attempt} as
 * changesets run and fail, on H2 in memory, and that the listener it decorates hears
 * everything.
 */
class RecordingChangeExecListenerTests {

	private final H2Database h2 = H2Database.create();

	private final Attempt attempt = new Attempt();

	private final List<String> heard = new ArrayList<>();

	private final RecordingChangeExecListener listener = new RecordingChangeExecListener(new Heard(), this.attempt);

	private final DatabaseChangeLog changeLog = new DatabaseChangeLog("db/master.yaml");

	@AfterEach
	void close() {
		this.h2.close();
	}

	@Test
	void timesEachChangesetThatRanAndPassesEveryCallOn() throws Exception {
		Database database = database();
		ChangeSet first = changeSet("1");
		ChangeSet second = changeSet("2");
		this.listener.willRun(first, this.changeLog, database, ChangeSet.RunStatus.NOT_RAN);
		this.listener.ran(first, this.changeLog, database, ChangeSet.ExecType.EXECUTED);
		this.listener.willRun(second, this.changeLog, database, ChangeSet.RunStatus.NOT_RAN);
		this.listener.ran(second, this.changeLog, database, ChangeSet.ExecType.MARK_RAN);
		AttemptOutcome outcome = this.attempt.end(null);
		assertThat(outcome.ran()).extracting(MigrationRuns.ChangeSetRun::execType).containsExactly("EXECUTED", "MARK_RAN");
		assertThat(outcome.ran()).allSatisfy((run) -> assertThat(run.nanos()).isPositive());
		assertThat(outcome.failed()).isNull();
		assertThat(this.heard).containsExactly("willRun 1", "ran 1 EXECUTED", "willRun 2", "ran 2 MARK_RAN");
	}

	@Test
	void aChangesetThatFailedAfterAChangeCompletedLeftDdlBehind() throws Exception {
		Database database = database();
		ChangeSet changeSet = changeSet("2");
		Change createTable = changeSet.getChanges().get(0);
		this.listener.willRun(changeSet, this.changeLog, database, ChangeSet.RunStatus.NOT_RAN);
		this.listener.willRun(createTable, changeSet, this.changeLog, database);
		this.h2.execute("create table half_done (id int)");
		this.listener.ran(createTable, changeSet, this.changeLog, database);
		this.listener.runFailed(changeSet, this.changeLog, database, new IllegalStateException("boom"));
		FailedChangeSet failed = this.attempt.end(null).failed();
		assertThat(failed.changeSet()).isEqualTo("db/r2.yaml::2::ana");
		assertThat(failed.error()).isEqualTo("boom");
		assertThat(failed.leftBehind()).containsIgnoringCase("table half_done created");
		assertThat(failed.leftDdlBehind()).isTrue();
		assertThat(this.heard).containsExactly("willRun 2", "willRun change 2", "ran change 2", "runFailed 2");
	}

	@Test
	void aChangesetThatFailedBeforeAnythingChangedLeftNothing() throws Exception {
		Database database = database();
		ChangeSet changeSet = changeSet("2");
		this.listener.willRun(changeSet, this.changeLog, database, ChangeSet.RunStatus.NOT_RAN);
		this.listener.runFailed(changeSet, this.changeLog, database, new IllegalStateException("syntax"));
		FailedChangeSet failed = this.attempt.end(null).failed();
		assertThat(failed.leftDdlBehind()).isFalse();
		assertThat(failed.leftBehind()).endsWith("left no table or column behind.");
	}

	private Database database() throws Exception {
		return DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(DriverManager.getConnection(this.h2.url())));
	}

	private static ChangeSet changeSet(String id) {
		ChangeSet changeSet = new ChangeSet(id, "ana", false, false, "db/r" + id + ".yaml", null, null, null);
		CreateTableChange createTable = new CreateTableChange();
		createTable.setTableName("half_done");
		createTable.addColumn(new ColumnConfig().setName("id").setType("int"));
		changeSet.addChange(createTable);
		return changeSet;
	}

	/**
	 * The application's own listener.
	 */
	private final class Heard implements ChangeExecListener {

		@Override
		public void willRun(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database,
				ChangeSet.RunStatus runStatus) {
			RecordingChangeExecListenerTests.this.heard.add("willRun " + changeSet.getId());
		}

		@Override
		public void ran(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database,
				ChangeSet.ExecType execType) {
			RecordingChangeExecListenerTests.this.heard.add("ran " + changeSet.getId() + " " + execType);
		}

		@Override
		public void runFailed(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database,
				Exception exception) {
			RecordingChangeExecListenerTests.this.heard.add("runFailed " + changeSet.getId());
		}

		@Override
		public void willRun(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
			RecordingChangeExecListenerTests.this.heard.add("willRun change " + changeSet.getId());
		}

		@Override
		public void ran(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
			RecordingChangeExecListenerTests.this.heard.add("ran change " + changeSet.getId());
		}

		@Override
		public void willRollback(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
		}

		@Override
		public void rolledBack(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
		}

		@Override
		public void preconditionFailed(PreconditionFailedException error,
				PreconditionContainer.FailOption onFail) {
		}

		@Override
		public void preconditionErrored(PreconditionErrorException error,
				PreconditionContainer.ErrorOption onError) {
		}

		@Override
		public void rollbackFailed(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database,
				Exception exception) {
		}

	}

}
