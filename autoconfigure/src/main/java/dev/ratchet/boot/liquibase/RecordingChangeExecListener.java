package dev.ratchet.boot.liquibase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.database.Database;
import liquibase.exception.PreconditionErrorException;
import liquibase.exception.PreconditionFailedException;
import liquibase.precondition.core.PreconditionContainer;

/**
 * A {@link ChangeExecListener} for one attempt of an update: it times the changesets that
 * run into the {@link MigrationRun} and records the one that fails, with what it left behind where DDL is not transactional, then passes
 * every call on to the listener it decorates.
 */
final class RecordingChangeExecListener implements ChangeExecListener {

	private final ChangeExecListener delegate;

	private final MigrationRun run;

	private final Map<String, Long> started = new ConcurrentHashMap<>();

	private volatile String failedChangeSet;

	private volatile String error;

	private volatile String leftBehind;

	private volatile int changesRunInChangeSet;

	private volatile boolean leftDdlBehind;

	private final DdlLeftovers leftovers = new DdlLeftovers();

	RecordingChangeExecListener(ChangeExecListener delegate, MigrationRun run) {
		this.delegate = delegate;
		this.run = run;
	}

	String failedChangeSet() {
		return this.failedChangeSet;
	}

	String error() {
		return this.error;
	}

	String leftBehind() {
		return this.leftBehind;
	}

	/**
	 * Returns whether the changeset that failed left part of its changes in the database: it
	 * ran outside a transaction or on a database that commits DDL as it runs, and a change
	 * of it had completed or a table or column it touched had changed.
	 * @return whether running the changeset again would start from a changed schema
	 */
	boolean leftDdlBehind() {
		return this.leftDdlBehind;
	}

	@Override
	public void willRun(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database,
			ChangeSet.RunStatus runStatus) {
		this.leftovers.beforeChangeSet(database, changeSet);
		this.changesRunInChangeSet = 0;
		this.started.put(changeSet.toString(), System.nanoTime());
		if (this.delegate != null) {
			this.delegate.willRun(changeSet, changeLog, database, runStatus);
		}
	}

	@Override
	public void ran(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database, ChangeSet.ExecType execType) {
		Long start = this.started.remove(changeSet.toString());
		this.run.changeSetRan(execType.name(), (start != null) ? System.nanoTime() - start : 0);
		if (this.delegate != null) {
			this.delegate.ran(changeSet, changeLog, database, execType);
		}
	}

	@Override
	public void runFailed(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database, Exception exception) {
		this.failedChangeSet = changeSet.toString();
		this.error = exception.getMessage();
		this.leftBehind = this.leftovers.afterFailure(database, this.failedChangeSet);
		boolean committedAsItRan = DdlLeftovers.commitsDdl(database) || !changeSet.isRunInTransaction();
		this.leftDdlBehind = committedAsItRan
				&& (this.changesRunInChangeSet > 0 || this.leftovers.leftTablesOrColumns());
		if (this.delegate != null) {
			this.delegate.runFailed(changeSet, changeLog, database, exception);
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
