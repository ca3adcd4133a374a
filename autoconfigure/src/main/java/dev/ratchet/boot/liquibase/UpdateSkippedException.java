package dev.ratchet.boot.liquibase;

/**
 * Thrown by Ratchet's customizer on a verify-only instance, after the changelog was parsed
 * and before anything runs, to end Liquibase's update early.
 */
class UpdateSkippedException extends RuntimeException {

	UpdateSkippedException(String beanName) {
		super("ratchet.migration.enabled=false: '" + beanName + "' verifies and does not run the update", null,
				false, false);
	}

}
