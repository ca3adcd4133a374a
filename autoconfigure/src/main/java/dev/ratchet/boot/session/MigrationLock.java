package dev.ratchet.boot.session;

import dev.ratchet.lock.LockSettings;

/**
 * How the update of one {@code SpringLiquibase} bean is locked.
 *
 * @param mode session or table
 * @param beanName the bean, named in messages
 * @param schema the schema of Liquibase's tables, or {@code null} for the connection's
 * @param lockTable the name of Liquibase's lock table, part of the session lock's name
 * @param settings how long to wait for the lock, and what to do with a stale one
 */
public record MigrationLock(LockMode mode, String beanName, String schema, String lockTable, LockSettings settings) {

	/**
	 * Returns whether the update holds a session lock where the database has one.
	 * @return whether it does
	 */
	public boolean session() {
		return this.mode == LockMode.SESSION;
	}

}
