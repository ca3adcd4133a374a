/**
 * The migration lock: a database session lock held for the whole update, released by the
 * database the moment the session ends, and Liquibase's changelog lock table as older
 * releases left it.
 */
package dev.ratchet.lock;
