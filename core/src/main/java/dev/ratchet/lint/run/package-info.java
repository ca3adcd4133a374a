/**
 * Static lint as a Java call: a {@code LintRequest} in, a {@code LintReport} out; under the
 * command line and the Maven plugin.
 */
package dev.ratchet.lint.run;
