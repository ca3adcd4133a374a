package dev.ratchet.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of a {@link MergedTable} with every entity's mapping of it, in model order.
 */
final class MergedColumn {

	private final String name;

	private final List<ColumnMapping> mappings = new ArrayList<>(1);

	MergedColumn(String name) {
		this.name = name;
	}

	String name() {
		return this.name;
	}

	void add(ColumnMapping mapping) {
		this.mappings.add(mapping);
	}

	ColumnMapping first() {
		return this.mappings.get(0);
	}

	/**
	 * Returns the first mapping whose type the live column cannot hold, or {@code null}.
	 */
	ColumnMapping typeMismatch(LiveColumn live) {
		for (ColumnMapping mapping : this.mappings) {
			if (!mapping.family().accepts(live)) {
				return mapping;
			}
		}
		return null;
	}

	/**
	 * Returns the mapping of a string (not an enum) with the greatest length, or {@code null}.
	 */
	ColumnMapping longestText() {
		ColumnMapping longest = null;
		for (ColumnMapping mapping : this.mappings) {
			MappedColumn column = mapping.column();
			boolean text = column.enumType() == null && column.length() != null
					&& mapping.family() == TypeFamily.TEXT;
			if (text && (longest == null || column.length() > longest.column().length())) {
				longest = mapping;
			}
		}
		return longest;
	}

	/**
	 * Returns the first mapping that allows NULL, or {@code null} when every mapping
	 * requires a value.
	 */
	ColumnMapping firstNullable() {
		for (ColumnMapping mapping : this.mappings) {
			if (mapping.column().nullable()) {
				return mapping;
			}
		}
		return null;
	}

}
