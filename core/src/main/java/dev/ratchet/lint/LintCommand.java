package dev.ratchet.lint;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line for static lint:
 * {@code LintCommand <changelog> [--search-path DIR[,DIR…]] [--dbms NAME[,NAME…]|all]
 * [--format text|json]}. Exits 0 when nothing blocks, 1 when something blocks, 2 when the
 * input cannot be read.
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
		LintOptions options;
		LintTarget target;
		try {
			options = LintOptions.parse(args);
			target = LintTarget.offline(options.dbms());
		}
		catch (IllegalArgumentException ex) {
			err.println("ratchet lint: " + ex.getMessage() + System.lineSeparator() + LintOptions.USAGE);
			return UNREADABLE;
		}
		try {
			LintReport report = new ChangeLogLinter(LintPolicy.defaults(), target).lint(Path.of(options.changeLog()),
					options.searchPath());
			out.println(options.format().equals("json") ? LintJson.write(report) : LintText.write(report));
			return report.blocks() ? BLOCKED : OK;
		}
		catch (ChangeLogLintException ex) {
			err.println("ratchet lint: " + ex.getMessage());
			return UNREADABLE;
		}
	}

}
