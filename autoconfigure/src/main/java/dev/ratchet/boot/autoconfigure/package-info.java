/**
 * Auto-configuration and configuration properties for Ratchet.
 */
package dev.ratchet.boot.autoconfigure;
