package dev.ratchet.compat;

/**
 * How an SQL statement uses a degraded column.
 */
public enum SqlUsage {

	/**
	 * The column is read in the select list.
	 */
	SELECT("select"),

	/**
	 * The column is used anywhere else: to filter, join, group or sort.
	 */
	PREDICATE("predicate");

	private final String id;

	SqlUsage(String id) {
		this.id = id;
	}

	/**
	 * Returns the name used in metrics.
	 * @return the id, such as {@code select}
	 */
	public String id() {
		return this.id;
	}

}
