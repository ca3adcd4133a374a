package dev.ratchet.boot.compat;

import java.util.List;

/**
 * A property that reads as null because the database lacks its column.
 *
 * @param entityName the Hibernate entity name, as persisters know it
 * @param entity the entity name users see
 * @param path the property, then the properties within embeddables
 * @param column the missing column, as {@code table.column}
 * @param primitive whether the property is a Java primitive, whose default value stands
 * for null
 */
record DegradedProperty(String entityName, String entity, List<String> path, String column, boolean primitive) {

	DegradedProperty {
		path = List.copyOf(path);
	}

	/**
	 * Returns the property as written in Java, such as {@code address.phone}.
	 * @return the property path
	 */
	String propertyPath() {
		return String.join(".", this.path);
	}

}
