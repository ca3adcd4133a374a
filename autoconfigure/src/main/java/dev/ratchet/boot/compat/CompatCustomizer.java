package dev.ratchet.boot.compat;

import java.util.Map;

import dev.ratchet.boot.jpa.HibernateSettings;
import dev.ratchet.boot.jpa.RatchetIntegrator;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.RatchetSchema;
import dev.ratchet.compat.WritePolicy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.Ordered;

/**
 * Turns compat mode on for a persistence unit: registers it with the unit's
 * {@link RatchetIntegrator} and puts its statement inspector in front of the
 * application's own. It runs after the application's customizers, so it keeps whatever
 * inspector they set.
 */
public class CompatCustomizer implements HibernatePropertiesCustomizer, Ordered {

	private final WritePolicy writes;

	private final CompatUsage usage;

	private final CompatRegistry registry;

	private final RatchetSchema schema;

	/**
	 * Creates a new instance.
	 * @param writes what to do with a write that carries a value for a degraded column
	 * @param usage where degraded uses are counted
	 * @param registry where the plan of each persistence unit is kept
	 * @param schema updated with the schema read at startup
	 */
	public CompatCustomizer(WritePolicy writes, CompatUsage usage, CompatRegistry registry, RatchetSchema schema) {
		this.writes = writes;
		this.usage = usage;
		this.registry = registry;
		this.schema = schema;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		Object existing = hibernateProperties.get(AvailableSettings.STATEMENT_INSPECTOR);
		if (existing instanceof CompatStatementInspector) {
			return;
		}
		CompatStatementInspector inspector = new CompatStatementInspector(
				HibernateSettings.instance(existing, StatementInspector.class), this.usage);
		hibernateProperties.put(AvailableSettings.STATEMENT_INSPECTOR, inspector);
		RatchetIntegrator.register(hibernateProperties,
				new CompatSetup(this.writes, this.usage, this.registry, this.schema, inspector));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
