package dev.ratchet.lint;

import java.io.PrintStream;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line for static lint, and the main class of the {@code ratchet-lint} jar:
 * {@code LintCommand [<changelog>] [--search-path DIR|JAR[,…]] [--dbms NAME[,NAME…]|all]
 * [-Dname=value…] [--parameters FILE] [--baseline FILE | --since GIT_REF]
 * [--write-baseline FILE] [--config FILE[,…]] [--profiles P[,…]]
 * [--format text|json|sarif|github] [--output FILE] [--help] [--version]}. Exits 0 when
 * nothing blocks, 1 when something blocks, 2 when the input cannot be read. The work is done
 * by {@code dev.ratchet.lint.run.StaticLint}, which Java callers use directly.
 */
public final class LintCommand {

	/** Nothing blocks. */
	public static final int OK = 0;

	/** At least one finding blocks. */
	public static final int BLOCKED = 1;

	/** The arguments or the changelog could not be read. */
	public static final int UNREADABLE = 2;

	private LintCommand() {
	}

	/**
	 * Runs the command and exits with its status.
	 * @param args the arguments
	 */
	public static void main(String[] args) {
		Logger.getLogger("liquibase").setLevel(Level.OFF);
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs the command.
	 * @param args the arguments
	 * @param out where the report goes
	 * @param err where errors go
	 * @return the exit status
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, LintCommand.class.getClassLoader());
	}

	/**
	 * Runs the command with the classes of a build's classpath, so custom and extension
	 * changes it holds are found.
	 * @param args the arguments
	 * @param out where the report goes
	 * @param err where errors go
	 * @param classLoader the class loader of the changelog's project
	 * @return the exit status
	 */
	public static int run(String[] args, PrintStream out, PrintStream err, ClassLoader classLoader) {
		LintCommandLine commandLine = ServiceLoader.load(LintCommandLine.class, LintCommand.class.getClassLoader())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("ratchet-core is incomplete: no " + LintCommandLine.class.getName()
					+ " in META-INF/services"));
		return commandLine.run(args, out, err, classLoader);
	}

}
