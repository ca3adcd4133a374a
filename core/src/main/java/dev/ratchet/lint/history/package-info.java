/**
 * What was released before: baseline files and the changelog at a git revision.
 */
package dev.ratchet.lint.history;
