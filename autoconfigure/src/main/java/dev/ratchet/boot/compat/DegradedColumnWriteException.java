package dev.ratchet.boot.compat;

/**
 * Thrown when an insert or update carries a value for a property whose column the
 * database does not have yet, and {@code ratchet.compat.writes} is {@code reject}: the
 * value would otherwise be lost.
 */
public class DegradedColumnWriteException extends RuntimeException {

	private final String entity;

	private final String property;

	private final String column;

	/**
	 * Creates a new instance.
	 * @param entity the entity
	 * @param property the property, such as {@code address.phone}
	 * @param column the missing column, as {@code table.column}
	 */
	public DegradedColumnWriteException(String entity, String property, String column) {
		super("Cannot write " + entity + "." + property + ": column " + column + " does not exist in the "
				+ "database yet, so Ratchet compat mode refuses to lose the value (ratchet.compat.writes=reject). "
				+ "Write null, migrate the database, or set ratchet.compat.writes=drop to drop such values.");
		this.entity = entity;
		this.property = property;
		this.column = column;
	}

	/**
	 * Returns the entity written.
	 * @return the entity name
	 */
	public String getEntity() {
		return this.entity;
	}

	/**
	 * Returns the property whose value would be lost.
	 * @return the property path
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Returns the missing column.
	 * @return the column, as {@code table.column}
	 */
	public String getColumn() {
		return this.column;
	}

}
