package dev.ratchet.boot.spi;

import java.util.List;
import javax.sql.DataSource;

import dev.ratchet.compat.CompatPlan;
import dev.ratchet.drift.LiveSchema;

/**
 * The compat plans of the persistence units, for the snapshot to report.
 */
@FunctionalInterface
public interface CompatPlans {

	/**
	 * Returns the compat plan of every persistence unit built so far.
	 * @return the plans
	 */
	List<PersistenceUnitCompat> plans();

	/**
	 * What compat mode degrades in one persistence unit, and the database it does it on.
	 *
	 * @param name the persistence unit, for logs
	 * @param dataSource the {@link DataSource} it connects with, or {@code null} when it
	 * cannot be told
	 * @param plan the plan
	 * @param schemaAtStartup the live schema the plan was made from, or {@code null}
	 */
	record PersistenceUnitCompat(String name, DataSource dataSource, CompatPlan plan, LiveSchema schemaAtStartup) {
	}

}
