package dev.ratchet.boot.compat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.WritePolicy;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.FlushEntityEvent;
import org.hibernate.event.spi.FlushEntityEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;

/**
 * Makes sure no write loses a value silently: an insert that carries a value for a
 * degraded property, or a flush that changed one, is rejected or, with
 * {@link WritePolicy#DROP}, counted as dropped. Null, and a primitive's default value,
 * carry nothing and pass.
 */
final class CompatWriteGuard implements PreInsertEventListener, FlushEntityEventListener {

	private final Map<String, List<DegradedProperty>> degraded;

	private final WritePolicy policy;

	private final CompatUsage usage;

	CompatWriteGuard(Map<String, List<DegradedProperty>> degraded, WritePolicy policy, CompatUsage usage) {
		this.degraded = Map.copyOf(degraded);
		this.policy = policy;
		this.usage = usage;
	}

	@Override
	public boolean onPreInsert(PreInsertEvent event) {
		EntityPersister persister = event.getPersister();
		List<DegradedProperty> properties = this.degraded.get(persister.getEntityName());
		if (properties != null) {
			List<DegradedProperty> carried = new ArrayList<>();
			for (DegradedProperty property : properties) {
				if (carriesValue(property, valueAt(persister, event.getState(), property))) {
					carried.add(property);
				}
			}
			refuseOrCount(carried);
		}
		return false;
	}

	@Override
	public void onFlushEntity(FlushEntityEvent event) {
		EntityEntry entry = event.getEntityEntry();
		List<DegradedProperty> properties = this.degraded.get(entry.getEntityName());
		Object[] loaded = entry.getLoadedState();
		if (properties == null || entry.getStatus() != Status.MANAGED || loaded == null) {
			return;
		}
		EntityPersister persister = entry.getPersister();
		Object[] current = (event.getPropertyValues() != null) ? event.getPropertyValues()
				: persister.getValues(event.getEntity());
		List<DegradedProperty> carried = new ArrayList<>();
		for (DegradedProperty property : properties) {
			Object value = valueAt(persister, current, property);
			if (carriesValue(property, value) && !Objects.equals(value, valueAt(persister, loaded, property))) {
				carried.add(property);
				if (this.policy == WritePolicy.DROP) {
					setAt(persister, loaded, property, value);
				}
			}
		}
		refuseOrCount(carried);
	}

	private void refuseOrCount(List<DegradedProperty> carried) {
		if (carried.isEmpty()) {
			return;
		}
		DegradedProperty first = carried.get(0);
		if (this.policy == WritePolicy.REJECT) {
			this.usage.rejectedWrite(first.entity());
			throw new DegradedColumnWriteException(first.entity(),
					String.join(", ", carried.stream().map(DegradedProperty::propertyPath).toList()),
					String.join(", ", carried.stream().map(DegradedProperty::column).toList()));
		}
		this.usage.dropped(first.entity());
	}

	private static boolean carriesValue(DegradedProperty property, Object value) {
		if (value == null) {
			return false;
		}
		if (property.primitive()) {
			return !(Boolean.FALSE.equals(value) || (value instanceof Number number && number.doubleValue() == 0));
		}
		return true;
	}

	private static Object valueAt(EntityPersister persister, Object[] state, DegradedProperty property) {
		List<String> path = property.path();
		int index = indexOf(persister.getPropertyNames(), path.get(0));
		Object value = state[index];
		Type type = persister.getPropertyTypes()[index];
		for (int i = 1; i < path.size() && value != null; i++) {
			ComponentType component = (ComponentType) type;
			int nested = indexOf(component.getPropertyNames(), path.get(i));
			value = component.getPropertyValue(value, nested);
			type = component.getSubtypes()[nested];
		}
		return value;
	}

	private static void setAt(EntityPersister persister, Object[] state, DegradedProperty property, Object value) {
		List<String> path = property.path();
		int index = indexOf(persister.getPropertyNames(), path.get(0));
		if (path.size() == 1) {
			state[index] = value;
			return;
		}
		Object owner = state[index];
		Type type = persister.getPropertyTypes()[index];
		for (int i = 1; i < path.size() && owner != null; i++) {
			ComponentType component = (ComponentType) type;
			int nested = indexOf(component.getPropertyNames(), path.get(i));
			if (i == path.size() - 1) {
				Object[] values = component.getPropertyValues(owner);
				values[nested] = value;
				component.setPropertyValues(owner, values);
				return;
			}
			owner = component.getPropertyValue(owner, nested);
			type = component.getSubtypes()[nested];
		}
	}

	private static int indexOf(String[] names, String name) {
		int index = Arrays.asList(names).indexOf(name);
		if (index < 0) {
			throw new IllegalStateException("No property '" + name + "' in " + Arrays.toString(names));
		}
		return index;
	}

}
