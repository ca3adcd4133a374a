/**
 * The rules findings are named by, their severities, and what one rule found in one change.
 */
package dev.ratchet.lint.rule;
