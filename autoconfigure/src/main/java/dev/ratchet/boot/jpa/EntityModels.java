package dev.ratchet.boot.jpa;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.ratchet.boot.spi.EntityMappings;
import dev.ratchet.boot.spi.PersistenceUnitModel;

/**
 * The entity model of every persistence unit whose session factory has been built, kept
 * from the moment Hibernate integrates it until it is closed.
 */
public class EntityModels implements EntityMappings {

	private final Map<Object, PersistenceUnitModel> models = new ConcurrentHashMap<>();

	@Override
	public List<PersistenceUnitModel> models() {
		return List.copyOf(this.models.values());
	}

	void add(Object sessionFactory, PersistenceUnitModel model) {
		this.models.put(sessionFactory, model);
	}

	void remove(Object sessionFactory) {
		this.models.remove(sessionFactory);
	}

}
