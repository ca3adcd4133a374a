package dev.ratchet.compat;

import java.util.List;

/**
 * Compat mode as the application runs it: the columns it reads as null and the entities it
 * cannot use because the live schema lags behind them.
 *
 * @param active whether any entity is degraded
 * @param restartRequired whether the missing columns have since appeared, so a restart
 * would undo the degradation
 * @param columns the degraded columns
 * @param unavailable the unavailable entities
 */
public record CompatState(boolean active, boolean restartRequired, List<DegradedColumn> columns,
		List<UnavailableEntity> unavailable) {

	private static final CompatState INACTIVE = new CompatState(false, false, List.of(), List.of());

	/**
	 * Creates a new instance.
	 */
	public CompatState {
		columns = List.copyOf(columns);
		unavailable = List.copyOf(unavailable);
	}

	/**
	 * Returns the state of an application that degrades nothing.
	 * @return the inactive state
	 */
	public static CompatState inactive() {
		return INACTIVE;
	}

	/**
	 * A column an entity maps that the live table lacks.
	 *
	 * @param entity the entity name
	 * @param table the table
	 * @param column the column
	 */
	public record DegradedColumn(String entity, String table, String column) {
	}

	/**
	 * An entity that cannot be used at all.
	 *
	 * @param entity the entity name
	 * @param table the table
	 * @param reason why, such as {@code missing-table}
	 */
	public record UnavailableEntity(String entity, String table, String reason) {
	}

}
