package dev.ratchet.drift;

import java.util.Locale;

/**
 * One entity's mapping of a column.
 *
 * @param entity the entity
 * @param column the mapped column
 */
record ColumnMapping(String entity, MappedColumn column) {

	TypeFamily family() {
		return TypeFamily.of(this.column);
	}

	String expectedType() {
		String sqlType = this.column.sqlType();
		return (sqlType != null) ? sqlType : family().name().toLowerCase(Locale.ROOT);
	}

}
