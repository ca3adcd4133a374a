/**
 * The formats static lint writes its report in: text, JSON, SARIF and GitHub annotations.
 */
package dev.ratchet.lint.report;
