package dev.ratchet.liquibase;

import dev.ratchet.state.LastRun;

/**
 * Records boot-time updates in a {@link MigrationRuns} as the Liquibase hook would.
 */
public final class RecordedRuns {

	private RecordedRuns() {
	}

	/**
	 * Records a changeset that ran, then the update that ran it.
	 * @param runs where to record
	 * @param beanName the {@code SpringLiquibase} bean
	 * @param run the update
	 * @param execType the changeset's exec type, such as {@code EXECUTED}
	 */
	public static void record(MigrationRuns runs, String beanName, LastRun run, String execType) {
		runs.changeSetRan(beanName, execType, 1_000_000);
		runs.finished(beanName, run);
	}

}
