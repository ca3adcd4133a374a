/**
 * The fleet: the instances of an application on one database, each with the tables and
 * columns its release maps, kept in Ratchet's own table; which of them are live, which
 * pending drop would break one, and what no live release maps any more.
 */
package dev.ratchet.fleet;
