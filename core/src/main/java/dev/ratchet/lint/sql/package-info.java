/**
 * SQL read by a parser: statements classified by what they do to data and to locks, for
 * the rules.
 */
package dev.ratchet.lint.sql;
