package dev.ratchet.boot.liquibase;

import dev.ratchet.state.LastRun;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Told about boot-time updates. Methods do nothing by default; a listener that throws never
 * breaks the update.
 */
public interface MigrationListener {

	/**
	 * Called when a bean's boot-time update has ended, however it ended.
	 * @param beanName the {@code SpringLiquibase} bean
	 * @param run how it ended
	 */
	default void updateFinished(String beanName, LastRun run) {
	}

	/**
	 * Called after each changeset that ran.
	 * @param beanName the {@code SpringLiquibase} bean
	 * @param execType how it ran, such as {@code EXECUTED}
	 * @param nanos how long it took
	 */
	default void changeSetRan(String beanName, String execType, long nanos) {
	}

	/**
	 * Runs a listener call, logging instead of throwing when it fails.
	 * @param call the call
	 */
	static void safely(Runnable call) {
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			Log logger = LogFactory.getLog(MigrationListener.class);
			logger.warn("A migration listener failed; the update is not affected", ex);
		}
	}

}
