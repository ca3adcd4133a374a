package dev.ratchet.lint.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.Identifiers;

/**
 * The constraints created in a changelog, by table and name, with their kind: what a later
 * {@code DROP CONSTRAINT} drops. A constraint created without a name is known by the name
 * PostgreSQL gives it ({@code orders_pkey}, {@code orders_ref_key},
 * {@code orders_customer_id_fkey}, {@code orders_qty_check}).
 */
public final class ConstraintKinds {

	private final Map<String, ConstraintKind> kinds = new LinkedHashMap<>();

	/**
	 * Records a constraint.
	 * @param table the table, lower case
	 * @param name the constraint's name, or {@code null} for the name PostgreSQL gives it
	 * @param kind what it is
	 * @param columns the columns it is on, for that name
	 */
	public void add(String table, String name, ConstraintKind kind, List<String> columns) {
		if (table == null || kind == null || kind == ConstraintKind.INDEX) {
			return;
		}
		String constraint = (name != null) ? name : defaultName(table, kind, columns);
		this.kinds.put(key(table, constraint), kind);
	}

	/**
	 * Returns the kind of a constraint recorded here.
	 * @param table the table, lower case
	 * @param name the constraint's name
	 * @return the kind, or {@code null} when no such constraint was recorded
	 */
	public ConstraintKind kind(String table, String name) {
		return (table != null && name != null) ? this.kinds.get(key(table, name)) : null;
	}

	/**
	 * Adds the constraints recorded by later SQL to these.
	 * @param later the later SQL's
	 */
	public void addAll(ConstraintKinds later) {
		this.kinds.putAll(later.kinds);
	}

	/**
	 * Returns the name PostgreSQL gives a constraint created without one.
	 * @param table the table, lower case
	 * @param kind what it is
	 * @param columns the columns it is on
	 * @return the name
	 */
	static String defaultName(String table, ConstraintKind kind, List<String> columns) {
		String suffix = switch (kind) {
			case PRIMARY_KEY -> "pkey";
			case UNIQUE -> "key";
			case FOREIGN_KEY -> "fkey";
			case CHECK -> "check";
			case EXCLUDE -> "excl";
			case INDEX -> "idx";
		};
		if (kind == ConstraintKind.PRIMARY_KEY || columns.isEmpty()) {
			return table + "_" + suffix;
		}
		return table + "_" + String.join("_", columns) + "_" + suffix;
	}

	private static String key(String table, String name) {
		return Identifiers.unqualifiedKey(table) + "." + Identifiers.unqualifiedKey(name);
	}

}
