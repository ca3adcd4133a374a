/**
 * What the JPA and compat integrations tell the migration snapshot: the entity models of
 * the persistence units and what compat mode degrades in them.
 */
package dev.ratchet.boot.spi;
