package dev.ratchet.boot.compat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.ratchet.boot.jpa.DefaultNamespace;
import dev.ratchet.compat.EntityTables;
import dev.ratchet.compat.EntityTables.KeyColumn;
import dev.ratchet.compat.EntityTables.TableColumn;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;

/**
 * Reads from Hibernate's boot model what each entity needs from the schema. Only tables
 * in the default schema are considered; views, subselects and tables elsewhere are taken
 * as they are.
 */
final class MappedEntities {

	private final DefaultNamespace namespace;

	private MappedEntities(Metadata metadata) {
		this.namespace = DefaultNamespace.of(metadata);
	}

	/**
	 * Returns a reader of the tables in the default schema of a boot model.
	 * @param metadata the boot model
	 * @return the reader
	 */
	static MappedEntities forNamespaceOf(Metadata metadata) {
		return new MappedEntities(metadata);
	}

	/**
	 * Returns what every entity of a persistence unit needs.
	 * @param metadata the boot model
	 * @return one entry per entity
	 */
	static List<EntityTables> of(Metadata metadata) {
		MappedEntities entities = forNamespaceOf(metadata);
		List<EntityTables> result = new ArrayList<>();
		for (PersistentClass entity : metadata.getEntityBindings()) {
			result.add(entities.tables(entity));
		}
		return result;
	}

	private EntityTables tables(PersistentClass entity) {
		Set<Table> tables = new LinkedHashSet<>();
		tables.add(entity.getTable());
		tables.addAll(entity.getTableClosure());
		tables.addAll(entity.getSubclassTableClosure());
		entity.getJoinClosure().forEach((join) -> tables.add(join.getTable()));
		entity.getSubclassJoinClosure().forEach((join) -> tables.add(join.getTable()));
		List<KeyColumn> keys = new ArrayList<>();
		addKeys(entity.getIdentifier(), "missing-id-column", keys);
		addKeys(entity.getKey(), "missing-id-column", keys);
		for (Join join : entity.getJoinClosure()) {
			addKeys(join.getKey(), "missing-id-column", keys);
		}
		if (entity.getVersion() != null) {
			addKeys(entity.getVersion().getValue(), "missing-version-column", keys);
		}
		addKeys(entity.getDiscriminator(), "missing-discriminator-column", keys);
		List<TableColumn> columns = new ArrayList<>();
		for (Property property : entity.getProperties()) {
			if (property != entity.getVersion()) {
				columnsOf(property.getValue(), (column) -> columns.add(column));
			}
		}
		return new EntityTables(entity.getJpaEntityName(),
				tables.stream().filter(this::isChecked).map(Table::getName).toList(), keys, columns);
	}

	private void addKeys(Value value, String reason, List<KeyColumn> keys) {
		if (value instanceof SimpleValue simple && isChecked(simple.getTable())) {
			for (var selectable : simple.getSelectables()) {
				if (selectable instanceof Column column) {
					keys.add(new KeyColumn(simple.getTable().getName(), column.getName(), reason));
				}
			}
		}
		else if (value instanceof Component component) {
			component.getProperties().forEach((property) -> addKeys(property.getValue(), reason, keys));
		}
	}

	/**
	 * Calls back with every column a property value maps: basic values, the join
	 * columns of a many-to-one, and the columns of embeddables. Collections and
	 * one-to-one associations without columns of their own are left out.
	 * @param value the property value
	 * @param action what to do with each column
	 */
	void columnsOf(Value value, Consumer<TableColumn> action) {
		if (value instanceof Component component) {
			component.getProperties().forEach((property) -> columnsOf(property.getValue(), action));
		}
		else if (isColumnValue(value) && isChecked(value.getTable())) {
			for (var selectable : value.getSelectables()) {
				if (selectable instanceof Column column) {
					action.accept(new TableColumn(value.getTable().getName(), column.getName()));
				}
			}
		}
	}

	/**
	 * Returns whether a value maps columns compat mode can degrade: a basic value or the
	 * join columns of a many-to-one.
	 * @param value the value
	 * @return whether it can be degraded
	 */
	static boolean isColumnValue(Value value) {
		return value instanceof BasicValue || value instanceof ManyToOne;
	}

	/**
	 * Returns whether a table is a physical table in the default schema.
	 * @param table the table
	 * @return whether compat mode checks it
	 */
	boolean isChecked(Table table) {
		return this.namespace.holds(table);
	}

}
