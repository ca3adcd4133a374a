package dev.ratchet.boot.compat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ratchet.compat.CompatPlan;
import dev.ratchet.compat.DegradedSql;
import org.hibernate.FetchMode;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.function.array.DdlTypeHelper;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;
import org.hibernate.type.BasicType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

/**
 * Rewrites Hibernate's boot model as a {@link CompatPlan} says, before the session factory
 * builds its persisters: a degraded column becomes a typed null that is never written and
 * leaves its table (so schema validation does not look for it); an unusable table becomes a
 * query that names it, which the statement inspector refuses to send; associations to
 * unavailable entities are fetched lazily; entities with degraded columns leave the
 * second-level cache.
 */
final class BootModelRewrite {

	private final Metadata metadata;

	private final Dialect dialect;

	private final CompatPlan plan;

	private final MappedEntities entities;

	private final Map<Property, List<DegradedProperty>> degraded = new IdentityHashMap<>();

	private BootModelRewrite(Metadata metadata, CompatPlan plan) {
		this.metadata = metadata;
		this.dialect = metadata.getDatabase().getDialect();
		this.plan = plan;
		this.entities = MappedEntities.forNamespaceOf(metadata);
	}

	/**
	 * Applies a plan to a boot model.
	 * @param metadata the boot model
	 * @param plan the plan
	 * @return the degraded properties of every entity, inherited ones included, by
	 * Hibernate entity name
	 */
	static Map<String, List<DegradedProperty>> apply(Metadata metadata, CompatPlan plan) {
		return new BootModelRewrite(metadata, plan).apply();
	}

	private Map<String, List<DegradedProperty>> apply() {
		Set<PersistentClass> uncached = new HashSet<>();
		for (PersistentClass entity : this.metadata.getEntityBindings()) {
			if (this.plan.isUnavailable(entity.getJpaEntityName())) {
				replaceUnusableTables(entity);
			}
			else {
				for (Property property : entity.getProperties()) {
					if (property != entity.getVersion() && degrade(property, entity, entity.getMappedClass(),
							List.of(property.getName()))) {
						uncached.add(entity.getRootClass());
					}
				}
			}
			entity.getProperties().forEach(this::fetchUnavailableLazily);
		}
		for (PersistentClass entity : this.metadata.getEntityBindings()) {
			if (uncached.contains(entity.getRootClass())) {
				entity.setCached(false);
			}
		}
		return degradedByEntityName();
	}

	private void replaceUnusableTables(PersistentClass entity) {
		Set<Table> tables = new HashSet<>(entity.getTableClosure());
		tables.add(entity.getTable());
		tables.addAll(entity.getSubclassTableClosure());
		entity.getJoinClosure().forEach((join) -> tables.add(join.getTable()));
		entity.getSubclassJoinClosure().forEach((join) -> tables.add(join.getTable()));
		for (Table table : tables) {
			if (this.entities.isChecked(table) && this.plan.isUnusable(table.getName())) {
				table.setSubselect(DegradedSql.unusableTable(ownerOf(table, entity), table.getName()));
			}
		}
	}

	private String ownerOf(Table table, PersistentClass fallback) {
		for (PersistentClass entity : this.metadata.getEntityBindings()) {
			boolean own = entity.getTable() == table
					&& (entity.getSuperclass() == null || entity.getSuperclass().getTable() != table);
			if (own || entity.getJoins().stream().anyMatch((join) -> join.getTable() == table)) {
				return entity.getJpaEntityName();
			}
		}
		return fallback.getJpaEntityName();
	}

	private void fetchUnavailableLazily(Property property) {
		Value value = property.getValue();
		if (value instanceof Component component) {
			component.getProperties().forEach(this::fetchUnavailableLazily);
		}
		else if (value instanceof ToOne toOne) {
			PersistentClass target = this.metadata.getEntityBinding(toOne.getReferencedEntityName());
			if (target != null && this.plan.isUnavailable(target.getJpaEntityName())) {
				toOne.setLazy(true);
				toOne.setFetchMode(FetchMode.SELECT);
			}
		}
	}

	private boolean degrade(Property property, PersistentClass entity, Class<?> owner, List<String> path) {
		Value value = property.getValue();
		if (value instanceof Component component) {
			boolean any = false;
			for (Property nested : component.getProperties()) {
				List<String> nestedPath = new ArrayList<>(path);
				nestedPath.add(nested.getName());
				if (degrade(nested, entity, componentClass(component), nestedPath)) {
					any = true;
					this.degraded.computeIfAbsent(property, (key) -> new ArrayList<>()).addAll(this.degraded.get(nested));
				}
			}
			return any;
		}
		if (!MappedEntities.isColumnValue(value) || !hasDegradedColumn((SimpleValue) value)) {
			return false;
		}
		SimpleValue simple = (SimpleValue) value;
		String defaultValue = defaultOf(property, owner);
		List<String> columns = new ArrayList<>();
		List<Selectable> selectables = simple.getSelectables();
		for (int i = 0; i < selectables.size(); i++) {
			if (selectables.get(i) instanceof Column column) {
				selectables.set(i, new Formula(DegradedSql.nullOf(castType(simple, column), defaultValue)));
				simple.getTable().getColumns().remove(column);
				columns.add(simple.getTable().getName() + "." + column.getName());
			}
		}
		simple.setNonInsertable();
		simple.setNonUpdatable();
		property.setInsertable(false);
		property.setUpdatable(false);
		this.degraded.put(property, List.of(new DegradedProperty(entity.getEntityName(), entity.getJpaEntityName(),
				path, String.join(", ", columns), defaultValue != null)));
		return true;
	}

	private boolean hasDegradedColumn(SimpleValue value) {
		return this.entities.isChecked(value.getTable()) && value.getSelectables().stream()
			.anyMatch((selectable) -> selectable instanceof Column column
					&& this.plan.isDegraded(value.getTable().getName(), column.getName()));
	}

	private String castType(SimpleValue value, Column column) {
		Type type = value.getType();
		if (type instanceof EntityType entityType) {
			type = entityType.getIdentifierOrUniqueKeyType(this.metadata);
		}
		if (type instanceof BasicType<?> basic) {
			return DdlTypeHelper.getCastTypeName(basic, column.getColumnSize(this.dialect, this.metadata),
					((MetadataImplementor) this.metadata).getTypeConfiguration());
		}
		return column.getSqlType(this.metadata);
	}

	private static String defaultOf(Property property, Class<?> owner) {
		if (owner == null) {
			return null;
		}
		try {
			Class<?> type = property.getGetter(owner).getReturnTypeClass();
			if (!type.isPrimitive() || type == char.class) {
				return null;
			}
			return (type == boolean.class) ? "false" : "0";
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static Class<?> componentClass(Component component) {
		try {
			return component.getComponentClass();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private Map<String, List<DegradedProperty>> degradedByEntityName() {
		Map<String, List<DegradedProperty>> byEntity = new LinkedHashMap<>();
		for (PersistentClass entity : this.metadata.getEntityBindings()) {
			List<DegradedProperty> properties = entity.getPropertyClosure().stream()
				.flatMap((property) -> this.degraded.getOrDefault(property, List.of()).stream())
				.map((property) -> new DegradedProperty(entity.getEntityName(), entity.getJpaEntityName(),
						property.path(), property.column(), property.primitive()))
				.collect(Collectors.toList());
			if (!properties.isEmpty()) {
				byEntity.put(entity.getEntityName(), properties);
			}
		}
		return byEntity;
	}

}
