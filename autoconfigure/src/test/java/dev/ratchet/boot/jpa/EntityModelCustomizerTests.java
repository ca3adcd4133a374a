package dev.ratchet.boot.jpa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityModelCustomizerTests {

	private static final Integrator USERS_INTEGRATOR = new Integrator() {
	};

	private final EntityModelCustomizer customizer = new EntityModelCustomizer(new EntityModels());

	@Test
	void setsAProviderOfRatchetsIntegrator() {
		Map<String, Object> properties = new HashMap<>();
		this.customizer.customize(properties);
		assertThat(integrators(properties)).singleElement()
			.isInstanceOfSatisfying(RatchetIntegrator.class, (integrator) -> assertThat(integrator.hooks())
				.singleElement()
				.isInstanceOf(EntityModelCapture.class));
	}

	@Test
	void keepsTheIntegratorsOfAProviderInstance() {
		Map<String, Object> properties = new HashMap<>();
		properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(USERS_INTEGRATOR));
		this.customizer.customize(properties);
		assertThat(integrators(properties)).hasSize(2).first().isSameAs(USERS_INTEGRATOR);
	}

	@Test
	void keepsTheIntegratorsOfAProviderNamedByItsClass() {
		Map<String, Object> properties = new HashMap<>();
		properties.put(JpaSettings.INTEGRATOR_PROVIDER, UsersProvider.class.getName());
		this.customizer.customize(properties);
		assertThat(integrators(properties)).hasSize(2).first().isSameAs(USERS_INTEGRATOR);
		properties.put(JpaSettings.INTEGRATOR_PROVIDER, UsersProvider.class);
		this.customizer.customize(properties);
		assertThat(integrators(properties)).hasSize(2).first().isSameAs(USERS_INTEGRATOR);
	}

	@Test
	void addsItsIntegratorOnlyOnceWhenCustomizingTwice() {
		Map<String, Object> properties = new HashMap<>();
		this.customizer.customize(properties);
		this.customizer.customize(properties);
		assertThat(integrators(properties)).hasSize(1);
	}

	private static List<Integrator> integrators(Map<String, Object> properties) {
		return ((IntegratorProvider) properties.get(JpaSettings.INTEGRATOR_PROVIDER)).getIntegrators();
	}

	/**
	 * A provider configured by class name, as in {@code spring.jpa.properties}.
	 */
	public static class UsersProvider implements IntegratorProvider {

		@Override
		public List<Integrator> getIntegrators() {
			return List.of(USERS_INTEGRATOR);
		}

	}

}
