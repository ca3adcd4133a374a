/**
 * The catalogs of a connected database, read over JDBC with read-only queries: tables, row
 * estimates, column types, constraints and routines.
 */
package dev.ratchet.lint.jdbc;
