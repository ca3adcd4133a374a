/**
 * Compat mode for Hibernate: the boot model rewritten before the session factory is built,
 * so that entities keep working on a schema that lags behind them.
 */
package dev.ratchet.boot.compat;
