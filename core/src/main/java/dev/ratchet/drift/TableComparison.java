package dev.ratchet.drift;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.Identifiers;
import dev.ratchet.TypeNames;

/**
 * Compares the merged mapping of one table with the live table, column by column, in
 * time linear in the number of columns.
 */
final class TableComparison {

	private TableComparison() {
	}

	/**
	 * Adds the drift between the mapped and the live table to the items.
	 */
	static void compare(MergedTable mapped, LiveTable live, List<DriftItem> items) {
		Map<String, LiveColumn> liveColumns = new HashMap<>();
		live.columns().values().forEach((column) -> liveColumns.putIfAbsent(Identifiers.key(column.name()), column));
		mapped.columns().forEach((key, column) -> {
			LiveColumn liveColumn = liveColumns.get(key);
			if (liveColumn == null) {
				items.add(SchemaDrift.missingColumn(mapped.name(), column));
			}
			else {
				compareColumn(mapped.name(), column, liveColumn, items);
			}
		});
		liveColumns.forEach((key, column) -> {
			if (!mapped.columns().containsKey(key)) {
				boolean required = !column.nullable() && !column.hasDefault();
				items.add(required ? SchemaDrift.unmappedRequiredColumn(mapped, column)
						: SchemaDrift.extraColumn(mapped, column));
			}
		});
	}

	private static void compareColumn(String table, MergedColumn column, LiveColumn live, List<DriftItem> items) {
		ColumnMapping mismatch = column.typeMismatch(live);
		if (mismatch != null) {
			items.add(SchemaDrift.typeMismatch(table, column, mismatch, live));
		}
		else if (isTooShort(column.longestText(), live)) {
			items.add(SchemaDrift.lengthMismatch(table, column, column.longestText(), live));
		}
		ColumnMapping nullable = column.firstNullable();
		if (nullable != null && !live.nullable() && !live.hasDefault()) {
			items.add(SchemaDrift.nullableRequired(table, column, nullable));
		}
		else if (nullable == null && live.nullable()) {
			items.add(SchemaDrift.nullableOptional(table, column));
		}
	}

	private static boolean isTooShort(ColumnMapping longest, LiveColumn live) {
		if (longest == null || live.size() == null || live.size() <= 0) {
			return false;
		}
		boolean bounded = TypeFamily.of(live) == TypeFamily.TEXT
				&& TypeName.isBoundedText(TypeNames.baseName(live.typeName()));
		return bounded && longest.column().length() > live.size();
	}

}
