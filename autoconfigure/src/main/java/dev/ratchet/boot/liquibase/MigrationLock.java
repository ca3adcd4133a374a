package dev.ratchet.boot.liquibase;

import java.time.Duration;

/**
 * How the update of one {@code SpringLiquibase} bean is locked.
 *
 * @param mode session or table
 * @param beanName the bean, named in messages
 * @param schema the schema of Liquibase's tables, or {@code null} for the connection's
 * @param lockTable the name of Liquibase's lock table, part of the session lock's name
 * @param lockWait how long to wait for the lock ({@code ratchet.migration.lock-wait})
 * @param staleAfter how long a lock-table row may be held before it is stale
 * @param releaseStale whether a stale lock-table row is released
 */
record MigrationLock(LockMode mode, String beanName, String schema, String lockTable, Duration lockWait,
		Duration staleAfter, boolean releaseStale) {

	/**
	 * Returns whether the update holds a session lock where the database has one.
	 * @return whether it does
	 */
	boolean session() {
		return this.mode == LockMode.SESSION;
	}

}
