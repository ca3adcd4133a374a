/**
 * Compat mode: what an application degrades when its schema lags behind its entities.
 */
package dev.ratchet.compat;
