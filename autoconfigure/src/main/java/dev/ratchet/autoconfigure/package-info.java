/**
 * Auto-configuration and configuration properties for Ratchet.
 */
package dev.ratchet.autoconfigure;
