package dev.ratchet.boot.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ratchet.drift.EntityModel;
import dev.ratchet.drift.MappedColumn;
import dev.ratchet.drift.MappedIndex;
import dev.ratchet.drift.MappedSequence;
import dev.ratchet.drift.MappedTable;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Table;

/**
 * Builds the {@link EntityModel} of one persistence unit from Hibernate's boot metamodel:
 * every table Hibernate would create (entity tables of every inheritance strategy,
 * secondary tables, join tables, element collection tables) with the physical names the
 * naming strategy produced. Tables outside the default schema, views and subselects are
 * left out.
 */
public final class EntityModelSource {

	private EntityModelSource() {
	}

	/**
	 * Returns the tables and columns the entities map.
	 * @param metadata Hibernate's boot metamodel
	 * @return the entity model
	 */
	public static EntityModel of(Metadata metadata) {
		Map<Table, String> owners = TableOwners.of(metadata);
		Map<Table, MappedSequence> sequences = IdSequences.of(metadata);
		DefaultNamespace namespace = DefaultNamespace.of(metadata);
		List<MappedTable> tables = new ArrayList<>();
		for (Table table : metadata.collectTableMappings()) {
			if (namespace.holds(table)) {
				tables.add(new MappedTable(owners.get(table), table.getName(), columns(table, metadata),
						primaryKey(table), indexes(table), sequences.get(table)));
			}
		}
		return new EntityModel(tables);
	}

	private static List<String> primaryKey(Table table) {
		PrimaryKey primaryKey = table.getPrimaryKey();
		return (primaryKey != null) ? primaryKey.getColumns().stream().map(Column::getName).toList() : List.of();
	}

	private static List<MappedIndex> indexes(Table table) {
		List<MappedIndex> indexes = new ArrayList<>();
		table.getIndexes().values().forEach((index) -> indexes.add(new MappedIndex(index.getName(),
				index.getColumns().stream().map(Column::getName).toList(), false)));
		table.getUniqueKeys().values().stream().filter((key) -> key.isNameExplicit())
			.forEach((key) -> indexes.add(new MappedIndex(key.getName(),
					key.getColumns().stream().map(Column::getName).toList(), true)));
		return indexes;
	}

	private static List<MappedColumn> columns(Table table, Metadata metadata) {
		List<MappedColumn> columns = new ArrayList<>();
		for (Column column : table.getColumns()) {
			columns.add(MappedColumns.of(column, table, metadata));
		}
		return columns;
	}

}
