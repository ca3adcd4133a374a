/**
 * The changelog linter: rules, findings, approvals and the changeset linter.
 */
package dev.ratchet.lint;
