package dev.ratchet.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.util.ClassUtils;

/**
 * Adds Ratchet's {@link Integrator} to the Hibernate properties of the persistence unit
 * through {@code hibernate.integrator_provider}, keeping the integrators of any provider
 * already set there.
 */
public class EntityModelCustomizer implements HibernatePropertiesCustomizer {

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
		Object setting = hibernateProperties.get(JpaSettings.INTEGRATOR_PROVIDER);
		if (setting instanceof WithIntegrator composite && composite.integrator() == this.integrator) {
			return;
		}
		hibernateProperties.put(JpaSettings.INTEGRATOR_PROVIDER, new WithIntegrator(provider(setting), this.integrator));
	}

	private static IntegratorProvider provider(Object setting) {
		if (setting == null || setting instanceof IntegratorProvider) {
			return (IntegratorProvider) setting;
		}
		Class<?> type = (setting instanceof Class<?> candidate) ? candidate
				: ClassUtils.resolveClassName(setting.toString(), null);
		return (IntegratorProvider) BeanUtils.instantiateClass(type);
	}

	/**
	 * The integrators of the provider the properties had, then Ratchet's.
	 *
	 * @param existing the provider the properties had, or {@code null}
	 * @param integrator Ratchet's integrator
	 */
	private record WithIntegrator(IntegratorProvider existing, Integrator integrator) implements IntegratorProvider {

		@Override
		public List<Integrator> getIntegrators() {
			List<Integrator> integrators = new ArrayList<>();
			if (this.existing != null) {
				integrators.addAll(this.existing.getIntegrators());
			}
			integrators.add(this.integrator);
			return integrators;
		}

	}

}
