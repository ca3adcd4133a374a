package dev.ratchet.jpa;

import javax.sql.DataSource;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * A persistence unit as Ratchet names it: the session factory's name, {@code default}
 * when it has none, and the data source it connects with.
 *
 * @param name the name
 * @param dataSource the data source, or {@code null} when Hibernate does not expose one
 */
public record PersistenceUnit(String name, DataSource dataSource) {

	/** The name of a persistence unit whose session factory has none. */
	public static final String DEFAULT_NAME = "default";

	/**
	 * Returns the persistence unit of a session factory.
	 * @param sessionFactory the session factory
	 * @return its unit
	 */
	public static PersistenceUnit of(SessionFactoryImplementor sessionFactory) {
		String name = (sessionFactory.getName() != null) ? sessionFactory.getName() : DEFAULT_NAME;
		ConnectionProvider provider = sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
		DataSource dataSource = (provider != null && provider.isUnwrappableAs(DataSource.class))
				? provider.unwrap(DataSource.class) : null;
		return new PersistenceUnit(name, dataSource);
	}

}
