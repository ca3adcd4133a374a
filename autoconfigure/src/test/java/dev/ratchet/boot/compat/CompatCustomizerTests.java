package dev.ratchet.boot.compat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ratchet.boot.jpa.EntityModelCustomizer;
import dev.ratchet.boot.jpa.EntityModels;
import dev.ratchet.boot.jpa.RatchetIntegrator;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.RatchetSchema;
import dev.ratchet.compat.WritePolicy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CompatCustomizer}.
 */
class CompatCustomizerTests {

	private final CompatCustomizer customizer = new CompatCustomizer(WritePolicy.REJECT, new CompatUsage(),
			new CompatRegistry(), new RatchetSchema());

	@Test
	void keepsTheApplicationsStatementInspectorInstance() {
		Map<String, Object> settings = new HashMap<>();
		settings.put(AvailableSettings.STATEMENT_INSPECTOR, (StatementInspector) (sql) -> sql + " /* tagged */");
		this.customizer.customize(settings);
		assertThat(inspector(settings).inspect("select 1")).isEqualTo("select 1 /* tagged */");
	}

	@Test
	void keepsTheApplicationsStatementInspectorNamedByClass() {
		Map<String, Object> settings = new HashMap<>();
		settings.put(AvailableSettings.STATEMENT_INSPECTOR, Uppercase.class.getName());
		this.customizer.customize(settings);
		assertThat(inspector(settings).inspect("select 1")).isEqualTo("SELECT 1");
	}

	@Test
	void leavesStatementsAloneUntilCompatModeDegradesSomething() {
		Map<String, Object> settings = new HashMap<>();
		this.customizer.customize(settings);
		String marked = "select 'ratchet-unavailable:X:x' as r";
		assertThat(inspector(settings).inspect(marked)).isEqualTo(marked);
	}

	@Test
	void addsItsIntegratorOnceAfterTheApplicationsOwn() {
		Map<String, Object> settings = new HashMap<>();
		Integrator own = new Integrator() {
		};
		settings.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(own));
		this.customizer.customize(settings);
		this.customizer.customize(settings);
		assertThat(((IntegratorProvider) settings.get(JpaSettings.INTEGRATOR_PROVIDER)).getIntegrators())
			.hasSize(2)
			.first()
			.isSameAs(own);
		assertThat(((IntegratorProvider) settings.get(JpaSettings.INTEGRATOR_PROVIDER)).getIntegrators().get(1))
			.isInstanceOfSatisfying(RatchetIntegrator.class, (integrator) -> assertThat(integrator.hooks())
				.singleElement()
				.isInstanceOf(CompatSetup.class));
	}

	@Test
	void sharesOneIntegratorWithDriftsCaptureWhichRunsFirst() {
		for (boolean compatFirst : new boolean[] { true, false }) {
			Map<String, Object> settings = new HashMap<>();
			EntityModelCustomizer drift = new EntityModelCustomizer(new EntityModels());
			if (compatFirst) {
				this.customizer.customize(settings);
				drift.customize(settings);
			}
			else {
				drift.customize(settings);
				this.customizer.customize(settings);
			}
			assertThat(((IntegratorProvider) settings.get(JpaSettings.INTEGRATOR_PROVIDER)).getIntegrators())
				.singleElement()
				.isInstanceOfSatisfying(RatchetIntegrator.class, (integrator) -> assertThat(integrator.hooks())
					.extracting((hook) -> hook.getClass().getSimpleName())
					.containsExactly("EntityModelCapture", "CompatSetup"));
		}
	}

	private static StatementInspector inspector(Map<String, Object> settings) {
		return (StatementInspector) settings.get(AvailableSettings.STATEMENT_INSPECTOR);
	}

	/**
	 * An application's inspector, named by class in its settings.
	 */
	public static class Uppercase implements StatementInspector {

		@Override
		public String inspect(String sql) {
			return sql.toUpperCase(Locale.ROOT);
		}

	}

}
