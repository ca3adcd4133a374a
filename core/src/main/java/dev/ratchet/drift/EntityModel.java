package dev.ratchet.drift;

import java.util.List;

/**
 * Every table and column the entities of one persistence unit map.
 *
 * @param tables the mapped tables
 */
public record EntityModel(List<MappedTable> tables) {

	/**
	 * Creates a new instance.
	 */
	public EntityModel {
		tables = List.copyOf(tables);
	}

}
