package dev.ratchet.boot.jpa;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.Ordered;

/**
 * Registers drift's capture of the entity model with the persistence unit's
 * {@link RatchetIntegrator}, added through {@code hibernate.integrator_provider} after the
 * integrators of any provider already set there. The capture runs before compat mode may
 * change the boot model.
 */
public class EntityModelCustomizer implements HibernatePropertiesCustomizer, Ordered {

	private final EntityModelCapture capture;

	/**
	 * Creates a new instance.
	 * @param models where the entity models of the persistence units are kept
	 */
	public EntityModelCustomizer(EntityModels models) {
		this.capture = new EntityModelCapture(models);
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		RatchetIntegrator.register(hibernateProperties, this.capture);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
