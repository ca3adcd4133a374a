package dev.ratchet.boot.spi;

import java.util.List;

/**
 * The entity models of the application's persistence units, compared with the live
 * database at every snapshot. The JPA integration provides one; without JPA there is
 * none and no entity drift is reported.
 */
@FunctionalInterface
public interface EntityMappings {

	/**
	 * Returns the model of every persistence unit built so far.
	 * @return the models, empty when there are none
	 */
	List<PersistenceUnitModel> models();

}
