package dev.ratchet.lint;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.serializer.LiquibaseSerializable;

/**
 * Everything a change says, as text: its type, every serializable field in name order (nested
 * configs such as columns included), the SQL of SQL changes and the parameters of custom
 * changes. The text is the same in every process, whatever order Liquibase lists the fields in. Static
 * lint reads it for the changelog parameters a change uses, and checksums it where
 * Liquibase cannot (a custom change whose class is not on the classpath).
 */
public final class ChangeText {

	private static final int DEPTH_LIMIT = 4;

	private ChangeText() {
	}

	/**
	 * Returns what a change says.
	 * @param change the change
	 * @return the text
	 */
	public static String of(Change change) {
		StringBuilder text = new StringBuilder(change.getSerializedObjectName());
		append(change, text, 0);
		if (change instanceof AbstractSQLChange sql) {
			text.append("|sql=").append(readSql(sql));
		}
		if (change instanceof CustomChangeWrapper custom) {
			text.append("|class=").append(custom.getClassName());
			for (String parameter : new TreeSet<>(custom.getParams())) {
				text.append('|').append(parameter).append('=').append(custom.getParamValue(parameter));
			}
		}
		return text.toString();
	}

	private static void append(Object value, StringBuilder text, int depth) {
		if (value instanceof Collection<?> values && depth < DEPTH_LIMIT) {
			text.append('[');
			values.forEach((item) -> append(item, text, depth + 1));
			text.append(']');
		}
		else if (value instanceof Map<?, ?> map && depth < DEPTH_LIMIT) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
			sorted.forEach((key, item) -> {
				text.append('|').append(key).append('=');
				append(item, text, depth + 1);
			});
		}
		else if (value instanceof LiquibaseSerializable serializable && depth < DEPTH_LIMIT) {
			for (String field : new TreeSet<>(serializable.getSerializableFields())) {
				text.append('|').append(field).append('=');
				try {
					append(fieldValue(serializable, field), text, depth + 1);
				}
				catch (RuntimeException ex) {
					text.append('?');
				}
			}
		}
		else {
			text.append(value);
		}
	}

	/**
	 * Returns a field's value as Liquibase serializes it. A column's date values are formatted
	 * by a formatter Liquibase builds on each read, so an unset one is read as unset directly.
	 */
	private static Object fieldValue(LiquibaseSerializable serializable, String field) {
		if (serializable instanceof ColumnConfig column && ((field.equals("valueDate") && column.getValueDate() == null)
				|| (field.equals("defaultValueDate") && column.getDefaultValueDate() == null))) {
			return null;
		}
		return serializable.getSerializableFieldValue(field);
	}

	private static String readSql(AbstractSQLChange change) {
		try {
			return change.getSql();
		}
		catch (RuntimeException ex) {
			return "?";
		}
	}

}
