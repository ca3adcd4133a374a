/**
 * The Hibernate side of drift: the tables and columns the entities of every persistence
 * unit map, read from Hibernate's boot metamodel.
 */
package dev.ratchet.boot.jpa;
