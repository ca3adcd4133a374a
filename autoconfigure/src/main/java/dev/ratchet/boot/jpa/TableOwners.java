package dev.ratchet.boot.jpa;

import java.util.IdentityHashMap;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

/**
 * Finds the entity that owns each table, for reports: the topmost entity of the table's
 * hierarchy for entity tables, the entity for its secondary tables, and the owning entity
 * of a join table or element collection table.
 */
final class TableOwners {

	private TableOwners() {
	}

	static Map<Table, String> of(Metadata metadata) {
		Map<Table, String> owners = new IdentityHashMap<>();
		for (PersistentClass entity : metadata.getEntityBindings()) {
			owners.putIfAbsent(entity.getTable(), name(topmost(entity)));
			for (Join join : entity.getJoins()) {
				owners.putIfAbsent(join.getTable(), name(entity));
			}
		}
		for (Collection collection : metadata.getCollectionBindings()) {
			if (!collection.isInverse()) {
				owners.putIfAbsent(collection.getCollectionTable(), name(collection.getOwner()));
			}
		}
		for (Collection collection : metadata.getCollectionBindings()) {
			owners.putIfAbsent(collection.getCollectionTable(), name(collection.getOwner()));
		}
		return owners;
	}

	private static PersistentClass topmost(PersistentClass entity) {
		PersistentClass owner = entity;
		while (owner.getSuperclass() != null && owner.getSuperclass().getTable() == entity.getTable()) {
			owner = owner.getSuperclass();
		}
		return owner;
	}

	private static String name(PersistentClass entity) {
		if (entity.getJpaEntityName() != null) {
			return entity.getJpaEntityName();
		}
		String name = entity.getEntityName();
		return name.substring(name.lastIndexOf('.') + 1);
	}

}
