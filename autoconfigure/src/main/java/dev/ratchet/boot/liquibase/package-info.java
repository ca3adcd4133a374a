/**
 * The hook into Spring Boot's {@code SpringLiquibase}: the update is decorated so pending
 * changesets are linted before it runs, and it ends with one recorded result.
 */
package dev.ratchet.boot.liquibase;
