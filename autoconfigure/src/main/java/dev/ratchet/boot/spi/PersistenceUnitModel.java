package dev.ratchet.boot.spi;

import javax.sql.DataSource;

import dev.ratchet.drift.EntityModel;

/**
 * What the entities of one persistence unit map, and the database they map it in.
 *
 * @param name the persistence unit, for logs
 * @param dataSource the {@link DataSource} the persistence unit connects with, or
 * {@code null} when it cannot be told
 * @param model the tables and columns the entities map
 */
public record PersistenceUnitModel(String name, DataSource dataSource, EntityModel model) {

}
