/**
 * Reading a changelog for static lint: from files and jars, with its parameters, standing in
 * for change types no class provides, and where each changeset is written.
 */
package dev.ratchet.lint.changelog;
