package dev.ratchet.boot.session;

import java.sql.SQLException;

/**
 * Thrown when the database session a migration's statements run on does not hold the
 * migration's session lock, although the connection took it: a proxy between the
 * application and the database (PgBouncer in {@code transaction} pooling mode, for one) hands
 * one connection's statements to different sessions, so the lock protects nothing.
 */
public class MigrationLockNotHeldException extends SQLException {

	private final String beanName;

	/**
	 * Creates a new instance.
	 * @param beanName the {@code SpringLiquibase} bean
	 * @param holder the session that holds the lock, described
	 * @param session the id of the session the statement ran on
	 */
	public MigrationLockNotHeldException(String beanName, String holder, String session) {
		super("The migration lock of '" + beanName + "' is held by " + holder + ", not by session " + session
				+ " that this connection's statements now run on: the connection goes through a proxy that hands one "
				+ "connection's statements to different database sessions (such as PgBouncer in transaction pooling "
				+ "mode), where a session lock keeps no other instance out. Migrate over a direct connection to the "
				+ "database (spring.liquibase.url, or the proxy's session-pooling port), or set "
				+ "ratchet.lock.mode=table.", "55000");
		this.beanName = beanName;
	}

	/**
	 * Returns the {@code SpringLiquibase} bean.
	 * @return its name
	 */
	public String getBeanName() {
		return this.beanName;
	}

}
