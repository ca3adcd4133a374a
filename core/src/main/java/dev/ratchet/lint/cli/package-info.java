/**
 * The command line of static lint, behind {@code dev.ratchet.lint.LintCommand}.
 */
package dev.ratchet.lint.cli;
