package dev.ratchet.boot.compat;

/**
 * Thrown instead of sending SQL for an entity that compat mode made unavailable, because
 * the database lacks its table or one of its key columns.
 */
public class UnavailableEntityException extends RuntimeException {

	private final String entity;

	private final String table;

	/**
	 * Creates a new instance.
	 * @param entity the entity
	 * @param table the unusable table
	 * @param why what makes the table unusable
	 */
	public UnavailableEntityException(String entity, String table, String why) {
		super("Entity " + entity + " is unavailable: " + why + " in the database yet. Ratchet compat mode sends "
				+ "no SQL for it; migrate the database and restart the application to use it.");
		this.entity = entity;
		this.table = table;
	}

	/**
	 * Returns the entity that cannot be used.
	 * @return the entity name
	 */
	public String getEntity() {
		return this.entity;
	}

	/**
	 * Returns the table that is missing or lacks a key column.
	 * @return the table
	 */
	public String getTable() {
		return this.table;
	}

}
