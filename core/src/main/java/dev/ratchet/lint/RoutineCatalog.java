package dev.ratchet.lint;

import java.util.List;
import java.util.Set;

/**
 * Where the functions and procedures that already exist in a database are read, so that a
 * pending statement that calls one is judged by what its body does.
 */
@FunctionalInterface
public interface RoutineCatalog {

	/**
	 * Reads routines by name.
	 * @param names the names, lower case without schema
	 * @return the {@code CREATE} statements of the routines that exist with those names; a
	 * name may have several (overloads), or none
	 * @throws RoutineCatalogException when the catalog cannot be read
	 */
	List<String> definitions(Set<String> names);

	/**
	 * Returns a catalog that has no routines, for static lint.
	 * @return the catalog
	 */
	static RoutineCatalog none() {
		return (names) -> List.of();
	}

}
