package dev.ratchet.jpa;

import javax.sql.DataSource;

import dev.ratchet.liquibase.PersistenceUnitModel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Captures the entity model of each session factory Hibernate builds, with the
 * {@link DataSource} it connects with, into {@link EntityModels}. A model that cannot be
 * read is logged and left out; it never stops the session factory.
 */
class EntityModelIntegrator implements Integrator {

	private static final Log logger = LogFactory.getLog(EntityModelIntegrator.class);

	private static final String DEFAULT_UNIT = "default";

	private final EntityModels models;

	EntityModelIntegrator(EntityModels models) {
		this.models = models;
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		String name = (sessionFactory.getName() != null) ? sessionFactory.getName() : DEFAULT_UNIT;
		try {
			this.models.add(sessionFactory,
					new PersistenceUnitModel(name, dataSource(sessionFactory), EntityModelSource.of(metadata)));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read what the entities of persistence unit '" + name
					+ "' map; their drift is not checked: " + ex.getMessage());
		}
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
		this.models.remove(sessionFactory);
	}

	private static DataSource dataSource(SessionFactoryImplementor sessionFactory) {
		ConnectionProvider provider = sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
		return (provider != null && provider.isUnwrappableAs(DataSource.class)) ? provider.unwrap(DataSource.class)
				: null;
	}

}
