/**
 * Failure analyzers that explain why Ratchet stopped a startup.
 */
package dev.ratchet.boot.diagnostics;
