package dev.ratchet.boot.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;

import org.springframework.beans.BeanUtils;
import org.springframework.util.ClassUtils;

/**
 * Adds to the Hibernate settings of a persistence unit without losing what the
 * application set there: a setting may hold an instance, a class or a class name.
 */
public final class HibernateSettings {

	private HibernateSettings() {
	}

	/**
	 * Adds an integrator through {@code hibernate.integrator_provider}, after the
	 * integrators of any provider already set. Adding the same integrator twice has no
	 * effect.
	 * @param settings the Hibernate settings
	 * @param integrator the integrator
	 */
	public static void addIntegrator(Map<String, Object> settings, Integrator integrator) {
		Object setting = settings.get(JpaSettings.INTEGRATOR_PROVIDER);
		if (setting instanceof WithIntegrator composite && composite.contains(integrator)) {
			return;
		}
		settings.put(JpaSettings.INTEGRATOR_PROVIDER,
				new WithIntegrator(instance(setting, IntegratorProvider.class), integrator));
	}

	/**
	 * Returns the integrator of a type that {@link #addIntegrator} added to the settings.
	 * @param <T> the type
	 * @param settings the Hibernate settings
	 * @param type the type
	 * @return the integrator, or {@code null}
	 */
	public static <T extends Integrator> T findIntegrator(Map<String, Object> settings, Class<T> type) {
		for (Object setting = settings.get(JpaSettings.INTEGRATOR_PROVIDER); setting instanceof WithIntegrator composite;
				setting = composite.existing()) {
			if (type.isInstance(composite.integrator())) {
				return type.cast(composite.integrator());
			}
		}
		return null;
	}

	/**
	 * Returns the instance a setting names.
	 * @param <T> the type of the setting
	 * @param setting an instance, a class or a class name, or {@code null}
	 * @param type the type of the setting
	 * @return the instance, or {@code null} when the setting is {@code null}
	 */
	public static <T> T instance(Object setting, Class<T> type) {
		if (setting == null || type.isInstance(setting)) {
			return type.cast(setting);
		}
		Class<?> implementation = (setting instanceof Class<?> candidate) ? candidate
				: ClassUtils.resolveClassName(setting.toString(), null);
		return type.cast(BeanUtils.instantiateClass(implementation));
	}

	/**
	 * The integrators of the provider the settings had, then one more.
	 *
	 * @param existing the provider the settings had, or {@code null}
	 * @param integrator the integrator added
	 */
	private record WithIntegrator(IntegratorProvider existing, Integrator integrator) implements IntegratorProvider {

		boolean contains(Integrator candidate) {
			return this.integrator == candidate
					|| (this.existing instanceof WithIntegrator composite && composite.contains(candidate));
		}

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
