package dev.ratchet.boot.liquibase;

import java.util.HashMap;
import java.util.Map;

import dev.ratchet.DatabaseErrors;
import dev.ratchet.boot.liquibase.AttemptOutcome.FailedChangeSet;
import dev.ratchet.boot.liquibase.MigrationRuns.ChangeSetRun;
import dev.ratchet.boot.session.HeldCommits;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.database.Database;
import liquibase.exception.PreconditionErrorException;
import liquibase.exception.PreconditionFailedException;
import liquibase.precondition.core.PreconditionContainer;

/**
 * A {@link ChangeExecListener} for one attempt of an update: it notes in the
 * {@link Attempt} how long each changeset took and which one failed, with what it left
 * behind where DDL is not transactional, then passes every call on to the listener it
 * decorates. Where DDL is transactional, it holds the migration session's commits from the
 * moment a changeset that runs in a transaction starts until Liquibase has written its
 * DATABASECHANGELOG row ({@link AtomicRecord}), so both commit together.
 */
final class RecordingChangeExecListener implements ChangeExecListener {

	private final ChangeExecListener delegate;

	private final Attempt attempt;

	private final Map<String, Long> started = new HashMap<>();

	private final DdlLeftovers leftovers = new DdlLeftovers();

	private int changesRunInChangeSet;

	private final LockCheck lockCheck = new LockCheck();

	private HeldCommits held;

	RecordingChangeExecListener(ChangeExecListener delegate, Attempt attempt) {
		this.delegate = delegate;
		this.attempt = attempt;
	}

	@Override
	public void willRun(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database,
			ChangeSet.RunStatus runStatus) {
		this.lockCheck.beforeChangeSet(database);
		this.leftovers.beforeChangeSet(database, changeSet);
		this.changesRunInChangeSet = 0;
		this.held = AtomicRecord.hold(database, changeSet);
		this.started.put(changeSet.toString(), System.nanoTime());
		if (this.delegate != null) {
			this.delegate.willRun(changeSet, changeLog, database, runStatus);
		}
	}

	@Override
	public void ran(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database, ChangeSet.ExecType execType) {
		Long start = this.started.remove(changeSet.toString());
		release();
		this.attempt.ran(new ChangeSetRun(execType.name(), (start != null) ? System.nanoTime() - start : 0));
		if (this.delegate != null) {
			this.delegate.ran(changeSet, changeLog, database, execType);
		}
	}

	@Override
	public void runFailed(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database, Exception exception) {
		release();
		String failed = changeSet.toString();
		String leftBehind = this.leftovers.afterFailure(database, failed);
		boolean committedAsItRan = DdlLeftovers.commitsDdl(database) || !changeSet.isRunInTransaction();
		RanBefore ranBefore = (this.changesRunInChangeSet == 0) ? AppliedButNotRecorded.find(exception, changeSet, database)
				: null;
		this.attempt.failed(new FailedChangeSet(failed, DatabaseErrors.describe(exception), leftBehind,
				committedAsItRan && (this.changesRunInChangeSet > 0 || this.leftovers.leftTablesOrColumns()), ranBefore));
		if (this.delegate != null) {
			this.delegate.runFailed(changeSet, changeLog, database, exception);
		}
	}

	private void release() {
		if (this.held != null) {
			this.held.releaseCommits();
			this.held = null;
		}
	}

	@Override
	public void willRollback(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
		if (this.delegate != null) {
			this.delegate.willRollback(changeSet, changeLog, database);
		}
	}

	@Override
	public void rolledBack(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
		if (this.delegate != null) {
			this.delegate.rolledBack(changeSet, changeLog, database);
		}
	}

	@Override
	public void preconditionFailed(PreconditionFailedException error, PreconditionContainer.FailOption onFail) {
		if (this.delegate != null) {
			this.delegate.preconditionFailed(error, onFail);
		}
	}

	@Override
	public void preconditionErrored(PreconditionErrorException error, PreconditionContainer.ErrorOption onError) {
		if (this.delegate != null) {
			this.delegate.preconditionErrored(error, onError);
		}
	}

	@Override
	public void willRun(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
		if (this.delegate != null) {
			this.delegate.willRun(change, changeSet, changeLog, database);
		}
	}

	@Override
	public void ran(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
		this.changesRunInChangeSet++;
		if (this.delegate != null) {
			this.delegate.ran(change, changeSet, changeLog, database);
		}
	}

	@Override
	public void rollbackFailed(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database,
			Exception exception) {
		if (this.delegate != null) {
			this.delegate.rollbackFailed(changeSet, changeLog, database, exception);
		}
	}

}
