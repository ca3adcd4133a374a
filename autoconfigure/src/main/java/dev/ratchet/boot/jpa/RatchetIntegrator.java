package dev.ratchet.boot.jpa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Ratchet's one Hibernate {@link Integrator} per persistence unit: it names the unit once
 * and runs the {@link PersistenceUnitHook hooks} drift and compat mode registered, in their
 * order.
 */
public final class RatchetIntegrator implements Integrator {

	private final List<PersistenceUnitHook> hooks = new ArrayList<>();

	private RatchetIntegrator() {
	}

	/**
	 * Adds a hook to the integrator of a persistence unit's settings, adding the
	 * integrator (after any the settings already provide) when they have none yet. A hook of
	 * a class already there is not added twice.
	 * @param settings the Hibernate settings of the persistence unit
	 * @param hook the hook
	 */
	public static void register(Map<String, Object> settings, PersistenceUnitHook hook) {
		RatchetIntegrator integrator = HibernateSettings.findIntegrator(settings, RatchetIntegrator.class);
		if (integrator == null) {
			integrator = new RatchetIntegrator();
			HibernateSettings.addIntegrator(settings, integrator);
		}
		integrator.add(hook);
	}

	private synchronized void add(PersistenceUnitHook hook) {
		if (this.hooks.stream().noneMatch((existing) -> existing.getClass() == hook.getClass())) {
			this.hooks.add(hook);
			this.hooks.sort(Comparator.comparingInt(PersistenceUnitHook::order));
		}
	}

	/**
	 * Returns the hooks, in the order they run.
	 * @return the hooks
	 */
	public synchronized List<PersistenceUnitHook> hooks() {
		return List.copyOf(this.hooks);
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		PersistenceUnit unit = PersistenceUnit.of(sessionFactory, metadata);
		for (PersistenceUnitHook hook : hooks()) {
			hook.integrate(unit, metadata, bootstrapContext, sessionFactory);
		}
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
		for (PersistenceUnitHook hook : hooks()) {
			hook.disintegrate(sessionFactory);
		}
	}

}
