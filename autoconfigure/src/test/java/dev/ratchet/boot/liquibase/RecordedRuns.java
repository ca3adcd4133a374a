package dev.ratchet.boot.liquibase;

import java.util.List;

import dev.ratchet.boot.liquibase.MigrationRuns.ChangeSetRun;
import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.state.AlreadyChecked;
import dev.ratchet.state.LastRun;

/**
 * Records boot-time updates in a {@link MigrationRuns} as the Liquibase hook would.
 */
public final class RecordedRuns {

	private RecordedRuns() {
	}

	/**
	 * Records an update that ran no changeset.
	 * @param runs where to record
	 * @param beanName the {@code SpringLiquibase} bean
	 * @param run the update
	 */
	public static void record(MigrationRuns runs, String beanName, LastRun run) {
		runs.record(new RunResult(beanName, null, run, List.of(), AlreadyChecked.nothing()));
	}

	/**
	 * Records a changeset that ran, then the update that ran it.
	 * @param runs where to record
	 * @param beanName the {@code SpringLiquibase} bean
	 * @param run the update
	 * @param execType the changeset's exec type, such as {@code EXECUTED}
	 */
	public static void record(MigrationRuns runs, String beanName, LastRun run, String execType) {
		runs.record(new RunResult(beanName, null, run, List.of(new ChangeSetRun(execType, 1_000_000)),
				AlreadyChecked.nothing()));
	}

	/**
	 * Records the result of an update as the hook would.
	 * @param runs where to record
	 * @param result the result
	 */
	public static void record(MigrationRuns runs, RunResult result) {
		runs.record(result);
	}

}
