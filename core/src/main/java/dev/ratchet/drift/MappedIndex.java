package dev.ratchet.drift;

import java.util.List;

/**
 * An index the entities declare on a table, such as with {@code @Index}.
 *
 * @param name the index name
 * @param columns the indexed columns, in order
 * @param unique whether it is unique
 */
public record MappedIndex(String name, List<String> columns, boolean unique) {

	/**
	 * Creates a new instance.
	 */
	public MappedIndex {
		columns = List.copyOf(columns);
	}

}
