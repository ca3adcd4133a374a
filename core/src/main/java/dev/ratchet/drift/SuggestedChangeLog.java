package dev.ratchet.drift;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.Identifiers;

/**
 * The additive changeset that gives the database what the entities map and it lacks: a
 * {@code createTable} for each missing table (its primary key and every column the entities
 * map, and a {@code createSequence} for the identifier sequence only new tables use), an {@code addColumn} for each missing column, and a {@code createIndex} for each
 * index the entities declare on a new table or over a new column. It never drops, renames or
 * changes a type: that drift keeps its expand/contract advice. An added column is nullable
 * unless the entity declares a database default for it. Types are Liquibase's portable
 * types, so the changeset fits PostgreSQL, MariaDB and H2 alike.
 */
public final class SuggestedChangeLog {

	/** The author of the suggested changeset. */
	public static final String AUTHOR = "ratchet";

	private SuggestedChangeLog() {
	}

	/**
	 * Returns the changelog that adds what the live schema lacks of the entities.
	 * @param entities what the entities map
	 * @param schema the live schema
	 * @return the YAML changelog, or {@code null} when nothing is missing
	 */
	public static String of(EntityModel entities, LiveSchema schema) {
		return of(entities, new DriftDetector().detect(entities, schema));
	}

	/**
	 * Returns the changelog that adds the missing tables and columns of a drift report.
	 * @param entities what the entities map
	 * @param drift the drift between the entities and the live schema
	 * @return the YAML changelog, or {@code null} when the drift has no missing table or
	 * column
	 */
	public static String of(EntityModel entities, List<DriftItem> drift) {
		Set<String> missingTables = new LinkedHashSet<>();
		Map<String, Set<String>> missingColumns = new LinkedHashMap<>();
		for (DriftItem item : drift) {
			if (item.kind() == DriftKind.MISSING_TABLE) {
				missingTables.add(Identifiers.key(item.table()));
			}
			else if (item.kind() == DriftKind.MISSING_COLUMN) {
				missingColumns.computeIfAbsent(Identifiers.key(item.table()), (key) -> new LinkedHashSet<>())
					.add(Identifiers.key(item.column()));
			}
		}
		if (missingTables.isEmpty() && missingColumns.isEmpty()) {
			return null;
		}
		Map<String, MergedTable> tables = MergedTable.merge(entities.tables());
		Map<String, TableExtras> extras = TableExtras.of(entities);
		YamlWriter changes = new YamlWriter(3);
		newSequences(extras, missingTables).forEach((sequence) -> createSequence(changes, sequence));
		List<MappedIndex> indexes = new ArrayList<>();
		tables.forEach((key, table) -> {
			TableExtras tableExtras = extras.get(key);
			if (missingTables.contains(key)) {
				createTable(changes, table, tableExtras.primaryKey());
				tableExtras.indexes().forEach((index) -> indexes.add(index));
			}
			else if (missingColumns.containsKey(key)) {
				Set<String> columns = missingColumns.get(key);
				addColumn(changes, table, columns);
				tableExtras.indexes().stream()
					.filter((index) -> index.columns().stream().anyMatch((column) -> columns.contains(Identifiers.key(column))))
					.forEach(indexes::add);
			}
		});
		Set<String> indexNames = new LinkedHashSet<>();
		for (MappedIndex index : indexes) {
			if (indexNames.add(Identifiers.key(index.name()))) {
				createIndex(changes, tableOf(index, tables, extras), index);
			}
		}
		if (changes.isEmpty()) {
			return null;
		}
		String body = changes.toString();
		return "databaseChangeLog:\n- changeSet:\n    id: ratchet-suggested-" + hash(body) + "\n    author: " + AUTHOR
				+ "\n    comment: " + YamlWriter.scalar("Adds what the entities map and the database lacks")
				+ "\n    changes:\n" + body;
	}

	/**
	 * Returns the sequences only new tables draw from: a sequence an existing table uses
	 * exists already.
	 */
	private static Set<MappedSequence> newSequences(Map<String, TableExtras> extras, Set<String> missingTables) {
		Set<String> used = new LinkedHashSet<>();
		extras.forEach((key, table) -> {
			if (table.sequence() != null && !missingTables.contains(key)) {
				used.add(Identifiers.key(table.sequence().name()));
			}
		});
		Set<MappedSequence> sequences = new LinkedHashSet<>();
		extras.forEach((key, table) -> {
			if (table.sequence() != null && missingTables.contains(key)
					&& !used.contains(Identifiers.key(table.sequence().name()))
					&& sequences.stream().noneMatch((known) -> known.name().equalsIgnoreCase(table.sequence().name()))) {
				sequences.add(table.sequence());
			}
		});
		return sequences;
	}

	private static void createSequence(YamlWriter changes, MappedSequence sequence) {
		changes.item("createSequence")
			.field("sequenceName", sequence.name())
			.field("startValue", Long.toString(sequence.startValue()))
			.field("incrementBy", Long.toString(sequence.incrementBy()))
			.close();
	}

	private static void createTable(YamlWriter changes, MergedTable table, List<String> primaryKey) {
		Set<String> keys = new LinkedHashSet<>();
		primaryKey.forEach((column) -> keys.add(Identifiers.key(column)));
		changes.item("createTable").field("tableName", table.name()).open("columns");
		table.columns().forEach((key, column) -> {
			MappedColumn mapped = column.first().column();
			changes.item("column").field("name", column.name()).field("type", PortableTypes.of(mapped));
			if (mapped.generated()) {
				changes.flag("autoIncrement", true);
			}
			if (mapped.defaultValue() != null) {
				changes.field("defaultValueComputed", mapped.defaultValue());
			}
			if (keys.contains(key)) {
				changes.open("constraints").flag("primaryKey", true).flag("nullable", false).close();
			}
			else if (column.firstNullable() == null) {
				changes.open("constraints").flag("nullable", false).close();
			}
			changes.close();
		});
		changes.close().close();
	}

	private static void addColumn(YamlWriter changes, MergedTable table, Set<String> missing) {
		changes.item("addColumn").field("tableName", table.name()).open("columns");
		table.columns().forEach((key, column) -> {
			if (!missing.contains(key)) {
				return;
			}
			MappedColumn mapped = column.first().column();
			changes.item("column").field("name", column.name()).field("type", PortableTypes.of(mapped));
			if (mapped.defaultValue() != null) {
				changes.field("defaultValueComputed", mapped.defaultValue());
				if (column.firstNullable() == null) {
					changes.open("constraints").flag("nullable", false).close();
				}
			}
			changes.close();
		});
		changes.close().close();
	}

	private static void createIndex(YamlWriter changes, String table, MappedIndex index) {
		changes.item("createIndex").field("indexName", index.name()).field("tableName", table);
		if (index.unique()) {
			changes.flag("unique", true);
		}
		changes.open("columns");
		index.columns().forEach((column) -> changes.item("column").field("name", column).close());
		changes.close().close();
	}

	private static String tableOf(MappedIndex index, Map<String, MergedTable> tables, Map<String, TableExtras> extras) {
		for (Map.Entry<String, TableExtras> entry : extras.entrySet()) {
			if (entry.getValue().indexes().contains(index)) {
				return tables.get(entry.getKey()).name();
			}
		}
		throw new IllegalStateException("No table for index " + index.name());
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The primary key and indexes of one table, every mapping of it merged.
	 */
	private record TableExtras(List<String> primaryKey, List<MappedIndex> indexes, MappedSequence sequence) {

		static Map<String, TableExtras> of(EntityModel entities) {
			Map<String, TableExtras> extras = new LinkedHashMap<>();
			for (MappedTable table : entities.tables()) {
				String key = Identifiers.key(table.name());
				TableExtras earlier = extras.get(key);
				if (earlier != null && earlier.sequence() == null && table.sequence() != null) {
					extras.put(key, new TableExtras(earlier.primaryKey(), earlier.indexes(), table.sequence()));
				}
				TableExtras merged = extras.computeIfAbsent(key,
						(name) -> new TableExtras(new ArrayList<>(), new ArrayList<>(), table.sequence()));
				if (merged.primaryKey().isEmpty()) {
					merged.primaryKey().addAll(table.primaryKey());
				}
				table.indexes().stream()
					.filter((index) -> merged.indexes().stream()
						.noneMatch((known) -> Identifiers.key(known.name()).equals(Identifiers.key(index.name()))))
					.forEach(merged.indexes()::add);
			}
			return extras;
		}

	}

}
