package dev.ratchet.compat;

/**
 * What compat mode does with an insert or update that carries a value for a column the
 * database lacks.
 */
public enum WritePolicy {

	/**
	 * The write fails, naming the entity and the column.
	 */
	REJECT,

	/**
	 * The value is not written, and the write is counted.
	 */
	DROP

}
