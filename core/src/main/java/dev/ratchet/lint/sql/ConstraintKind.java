package dev.ratchet.lint.sql;

import java.util.Locale;

/**
 * What a table constraint is, which decides what dropping it risks: a primary key, a unique
 * or exclusion constraint, a foreign key or a check. A plain index added with MySQL's
 * {@code ADD INDEX} is not a constraint but is read the same way.
 */
public enum ConstraintKind {

	/** {@code PRIMARY KEY}. */
	PRIMARY_KEY("primary key"),

	/** {@code UNIQUE}. */
	UNIQUE("unique constraint"),

	/** {@code FOREIGN KEY} or {@code REFERENCES}. */
	FOREIGN_KEY("foreign key"),

	/** {@code CHECK}, or a domain's {@code NOT NULL}. */
	CHECK("check constraint"),

	/** PostgreSQL's {@code EXCLUDE}. */
	EXCLUDE("exclusion constraint"),

	/** MySQL's {@code ADD INDEX}, {@code KEY}, {@code FULLTEXT} or {@code SPATIAL}. */
	INDEX("index");

	private final String description;

	ConstraintKind(String description) {
		this.description = description;
	}

	/**
	 * Returns the kind in words, such as {@code foreign key}.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * Reads a kind as {@code information_schema.table_constraints.constraint_type} names it.
	 * @param type such as {@code FOREIGN KEY}
	 * @return the kind, or {@code null} for a type without one here
	 */
	public static ConstraintKind ofCatalogType(String type) {
		if (type == null) {
			return null;
		}
		return switch (type.trim().toUpperCase(Locale.ROOT)) {
			case "PRIMARY KEY", "P" -> PRIMARY_KEY;
			case "UNIQUE", "U" -> UNIQUE;
			case "FOREIGN KEY", "REFERENTIAL", "F" -> FOREIGN_KEY;
			case "CHECK", "C" -> CHECK;
			case "EXCLUDE", "X" -> EXCLUDE;
			default -> null;
		};
	}

}
