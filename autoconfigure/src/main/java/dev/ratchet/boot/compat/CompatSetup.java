package dev.ratchet.boot.compat;

import java.sql.Connection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ratchet.boot.jpa.DefaultNamespace;
import dev.ratchet.boot.jpa.PersistenceUnit;
import dev.ratchet.boot.jpa.PersistenceUnitHook;
import dev.ratchet.boot.jpa.RatchetIntegrator;
import dev.ratchet.boot.spi.CompatPlans.PersistenceUnitCompat;
import dev.ratchet.compat.CompatPlan;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.RatchetSchema;
import dev.ratchet.compat.WritePolicy;
import dev.ratchet.drift.DriftDetector;
import dev.ratchet.drift.LiveSchema;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.tool.schema.Action;

/**
 * Compat mode's part of {@link RatchetIntegrator}: reads the live schema once, plans what
 * to degrade from the drift between the unit's entity model and that schema, rewrites the boot model before the persisters are built, and installs the
 * write guard. Off when Hibernate creates or updates the schema itself; when the schema
 * cannot be read, nothing is rewritten and a warning is logged.
 */
final class CompatSetup implements PersistenceUnitHook {

	private static final Log logger = LogFactory.getLog(CompatSetup.class);

	private static final Set<Action> SCHEMA_CREATING = EnumSet.of(Action.CREATE_ONLY, Action.CREATE,
			Action.CREATE_DROP, Action.UPDATE);

	private final WritePolicy writes;

	private final CompatUsage usage;

	private final CompatRegistry registry;

	private final RatchetSchema schema;

	private final CompatStatementInspector inspector;

	CompatSetup(WritePolicy writes, CompatUsage usage, CompatRegistry registry, RatchetSchema schema,
			CompatStatementInspector inspector) {
		this.writes = writes;
		this.usage = usage;
		this.registry = registry;
		this.schema = schema;
		this.inspector = inspector;
	}

	@Override
	public void integrate(PersistenceUnit unit, Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		String name = unit.name();
		Action action = schemaAction(bootstrapContext.getServiceRegistry());
		if (SCHEMA_CREATING.contains(action)) {
			logger.info("Ratchet compat mode is off for persistence unit '" + name + "': Hibernate "
					+ action.getExternalHbm2ddlName() + "s the schema itself");
			return;
		}
		LiveSchema live;
		try {
			live = readSchema(metadata, sessionFactory);
		}
		catch (Exception ex) {
			logger.warn("Ratchet compat mode could not read the schema of persistence unit '" + name
					+ "'; nothing is rewritten: " + ex.getMessage());
			return;
		}
		this.schema.update(live);
		CompatPlan plan = CompatPlan.of(MappedEntities.of(metadata), new DriftDetector().detect(unit.model(), live));
		this.registry.add(sessionFactory, new PersistenceUnitCompat(name, unit.dataSource(), plan, live));
		if (plan.isEmpty()) {
			return;
		}
		Map<String, List<DegradedProperty>> degraded = BootModelRewrite.apply(metadata, plan);
		if (!degraded.isEmpty()) {
			CompatWriteGuard guard = new CompatWriteGuard(degraded, this.writes, this.usage);
			EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
			listeners.appendListeners(EventType.PRE_INSERT, guard);
			listeners.appendListeners(EventType.FLUSH_ENTITY, guard);
		}
		plan.columns().forEach((column) -> this.usage.register(column.entity(), false));
		plan.unavailable().forEach((entity) -> this.usage.register(entity.entity(), true));
		this.inspector.activate(plan);
		logger.warn(describe(name, plan));
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory) {
		this.registry.remove(sessionFactory);
	}

	@Override
	public int order() {
		return 100;
	}

	private static Action schemaAction(StandardServiceRegistry serviceRegistry) {
		Map<String, Object> settings = serviceRegistry.requireService(ConfigurationService.class).getSettings();
		Action action = Action.interpretJpaSetting(settings.get(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION));
		return (action != Action.NONE) ? action
				: Action.interpretHbm2ddlSetting(settings.get(AvailableSettings.HBM2DDL_AUTO));
	}

	private static LiveSchema readSchema(Metadata metadata, SessionFactoryImplementor sessionFactory)
			throws Exception {
		JdbcConnectionAccess access = sessionFactory.getServiceRegistry()
			.requireService(JdbcServices.class)
			.getBootstrapJdbcConnectionAccess();
		Connection connection = access.obtainConnection();
		try {
			return DefaultNamespace.of(metadata).read(connection);
		}
		finally {
			access.releaseConnection(connection);
		}
	}

	private static String describe(String name, CompatPlan plan) {
		StringBuilder message = new StringBuilder("Ratchet compat mode is active for persistence unit '")
			.append(name)
			.append("': the database lags behind the entities.");
		if (!plan.columns().isEmpty()) {
			message.append(" Read as null and never written: ")
				.append(plan.columns().stream()
					.map((column) -> column.entity() + " (" + column.table() + "." + column.column() + ")")
					.collect(Collectors.joining(", ")))
				.append('.');
		}
		if (!plan.unavailable().isEmpty()) {
			message.append(" Unavailable: ")
				.append(plan.unavailable().stream()
					.map((entity) -> entity.entity() + " (" + entity.reason() + " " + entity.table() + ")")
					.collect(Collectors.joining(", ")))
				.append('.');
		}
		return message.append(" Migrate the database and restart to leave compat mode.").toString();
	}

}
