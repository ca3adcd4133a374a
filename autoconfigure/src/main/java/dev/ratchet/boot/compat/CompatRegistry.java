package dev.ratchet.boot.compat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.ratchet.boot.spi.CompatPlans;

/**
 * The compat plan of every persistence unit whose session factory is open.
 */
public class CompatRegistry implements CompatPlans {

	private final Map<Object, PersistenceUnitCompat> plans = new ConcurrentHashMap<>();

	@Override
	public List<PersistenceUnitCompat> plans() {
		return List.copyOf(this.plans.values());
	}

	void add(Object sessionFactory, PersistenceUnitCompat plan) {
		this.plans.put(sessionFactory, plan);
	}

	void remove(Object sessionFactory) {
		this.plans.remove(sessionFactory);
	}

}
