package dev.ratchet.boot.jpa;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * One thing Ratchet does when Hibernate builds a session factory, run by
 * {@link RatchetIntegrator} in {@link #order()}: drift's capture of what the entities map
 * first, then compat mode, which may rewrite the boot model.
 */
public interface PersistenceUnitHook {

	/**
	 * Runs as the session factory is built, before its persisters are.
	 * @param unit the persistence unit
	 * @param metadata the boot model
	 * @param bootstrapContext the bootstrap context
	 * @param sessionFactory the session factory
	 */
	void integrate(PersistenceUnit unit, Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory);

	/**
	 * Runs as the session factory is closed.
	 * @param sessionFactory the session factory
	 */
	void disintegrate(SessionFactoryImplementor sessionFactory);

	/**
	 * Returns when this hook runs among the others, lowest first.
	 * @return the order
	 */
	int order();

}
