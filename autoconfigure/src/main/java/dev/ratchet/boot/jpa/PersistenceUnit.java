package dev.ratchet.boot.jpa;

import javax.sql.DataSource;

import dev.ratchet.drift.EntityModel;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * A persistence unit as Ratchet's hooks see it while its session factory is built: its
 * name, the {@link DataSource} it connects with, and what its entities map, read from
 * Hibernate's boot model once, before anything rewrites it, for drift and compat mode
 * alike.
 */
public final class PersistenceUnit {

	/** The name of a persistence unit that has none. */
	public static final String DEFAULT_NAME = "default";

	private final String name;

	private final DataSource dataSource;

	private final Metadata metadata;

	private EntityModel model;

	private PersistenceUnit(String name, DataSource dataSource, Metadata metadata) {
		this.name = name;
		this.dataSource = dataSource;
		this.metadata = metadata;
	}

	/**
	 * Returns the persistence unit of a session factory being built.
	 * @param sessionFactory the session factory
	 * @param metadata its boot model
	 * @return the persistence unit
	 */
	public static PersistenceUnit of(SessionFactoryImplementor sessionFactory, Metadata metadata) {
		String name = (sessionFactory.getName() != null) ? sessionFactory.getName() : DEFAULT_NAME;
		ConnectionProvider provider = sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
		DataSource dataSource = (provider != null && provider.isUnwrappableAs(DataSource.class))
				? provider.unwrap(DataSource.class) : null;
		return new PersistenceUnit(name, dataSource, metadata);
	}

	/**
	 * Returns the persistence unit's name.
	 * @return the name, {@value #DEFAULT_NAME} when it has none
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns the data source the persistence unit connects with.
	 * @return the data source, or {@code null} when it cannot be told
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Returns what the entities map, read on first use, before compat mode rewrites the
	 * boot model.
	 * @return the entity model
	 */
	public synchronized EntityModel model() {
		if (this.model == null) {
			this.model = EntityModelSource.of(this.metadata);
		}
		return this.model;
	}

}
