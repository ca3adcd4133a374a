package dev.ratchet.drift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ratchet.Identifiers;
import dev.ratchet.LiquibaseTables;

/**
 * Compares the tables and columns the entities map with the live database and reports
 * the drift: missing tables and columns, type, length and nullability mismatches, and
 * unmapped columns and tables. Names are compared without quotes and ignoring case; all
 * mappings of one table are merged first. Items come sorted by table, column and kind.
 * The work is linear in the number of columns.
 */
public final class DriftDetector {

	/** The tables ignored unless told otherwise: Liquibase's own. */
	public static final Set<String> DEFAULT_IGNORED_TABLES = LiquibaseTables.lowerCase(null, null);

	private static final Comparator<DriftItem> ORDER = Comparator
		.comparing((DriftItem item) -> lowerCase(item.table()), Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing((item) -> lowerCase(item.column()), Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing((item) -> item.kind().id());

	/**
	 * Creates a new detector.
	 */
	public DriftDetector() {
	}

	/**
	 * Returns the drift between the entities and the live schema, ignoring Liquibase's
	 * {@link #DEFAULT_IGNORED_TABLES tables}.
	 * @param entities the tables and columns the entities map
	 * @param schema the live schema
	 * @return the drift items, sorted by table, column and kind
	 */
	public List<DriftItem> detect(EntityModel entities, LiveSchema schema) {
		return detect(entities, schema, DEFAULT_IGNORED_TABLES);
	}

	/**
	 * Returns the drift between the entities and the live schema. An ignored table is
	 * neither compared nor reported.
	 * @param entities the tables and columns the entities map
	 * @param schema the live schema
	 * @param ignoredTables the names of the tables to ignore, such as Liquibase's
	 * {@code databasechangelog} and {@code databasechangeloglock}
	 * @return the drift items, sorted by table, column and kind
	 */
	public List<DriftItem> detect(EntityModel entities, LiveSchema schema, Set<String> ignoredTables) {
		Set<String> ignored = ignoredTables.stream().map(Identifiers::key).collect(Collectors.toSet());
		Map<String, LiveTable> liveTables = new HashMap<>();
		schema.tables().values().forEach((table) -> liveTables.putIfAbsent(Identifiers.key(table.name()), table));
		Map<String, MergedTable> mappedTables = MergedTable.merge(entities.tables());
		List<DriftItem> items = new ArrayList<>();
		mappedTables.forEach((key, mapped) -> {
			if (!ignored.contains(key)) {
				compareTable(mapped, liveTables.get(key), items);
			}
		});
		liveTables.forEach((key, live) -> {
			if (!mappedTables.containsKey(key) && !ignored.contains(key)) {
				items.add(SchemaDrift.extraTable(live));
			}
		});
		items.sort(ORDER);
		return List.copyOf(items);
	}

	private static void compareTable(MergedTable mapped, LiveTable live, List<DriftItem> items) {
		if (live == null) {
			items.add(SchemaDrift.missingTable(mapped));
		}
		else {
			TableComparison.compare(mapped, live, items);
		}
	}

	private static String lowerCase(String name) {
		return (name != null) ? name.toLowerCase(Locale.ROOT) : null;
	}

}
