package dev.ratchet.lint;

import java.io.PrintStream;

/**
 * What runs {@link LintCommand}: reads the arguments, lints and writes the report. The
 * command line ships in {@code dev.ratchet.lint.cli}, found through
 * {@code META-INF/services}, so the engine does not depend on it.
 */
public interface LintCommandLine {

	/**
	 * Runs the command.
	 * @param args the arguments
	 * @param out where the report goes
	 * @param err where errors go
	 * @param classLoader where custom and extension changes are loaded from
	 * @return the exit status: {@link LintCommand#OK}, {@link LintCommand#BLOCKED} or
	 * {@link LintCommand#UNREADABLE}
	 */
	int run(String[] args, PrintStream out, PrintStream err, ClassLoader classLoader);

}
