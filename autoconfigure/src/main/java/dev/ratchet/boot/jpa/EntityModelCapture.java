package dev.ratchet.boot.jpa;

import dev.ratchet.boot.spi.PersistenceUnitModel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Captures what the entities of each persistence unit map, with the data source it
 * connects with, into {@link EntityModels}, before compat mode may rewrite the boot model.
 * A model that cannot be read is logged and left out; it never stops the session factory.
 */
final class EntityModelCapture implements PersistenceUnitHook {

	private static final Log logger = LogFactory.getLog(EntityModelCapture.class);

	private final EntityModels models;

	EntityModelCapture(EntityModels models) {
		this.models = models;
	}

	@Override
	public void integrate(PersistenceUnit unit, Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		try {
			this.models.add(sessionFactory,
					new PersistenceUnitModel(unit.name(), unit.dataSource(), unit.model()));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read what the entities of persistence unit '" + unit.name()
					+ "' map; their drift is not checked: " + ex.getMessage());
		}
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory) {
		this.models.remove(sessionFactory);
	}

	@Override
	public int order() {
		return 0;
	}

}
