/**
 * The {@code migrations} actuator endpoint and health indicator.
 */
package dev.ratchet.boot.actuate;
