/**
 * The hook into Spring Boot's {@code SpringLiquibase}: pending changesets are linted before
 * the update runs.
 */
package dev.ratchet.boot.liquibase;
