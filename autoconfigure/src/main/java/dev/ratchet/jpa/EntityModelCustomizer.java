package dev.ratchet.jpa;

import java.util.Map;

import org.hibernate.integrator.spi.Integrator;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.Ordered;

/**
 * Adds Ratchet's {@link Integrator} to the Hibernate properties of the persistence unit
 * through {@code hibernate.integrator_provider}, keeping the integrators of any provider
 * already set there. It runs first, so the entity model is read before compat mode
 * changes it.
 */
public class EntityModelCustomizer implements HibernatePropertiesCustomizer, Ordered {

	private final Integrator integrator;

	/**
	 * Creates a new instance.
	 * @param models where the entity models of the persistence units are kept
	 */
	public EntityModelCustomizer(EntityModels models) {
		this.integrator = new EntityModelIntegrator(models);
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		HibernateSettings.addIntegrator(hibernateProperties, this.integrator);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
