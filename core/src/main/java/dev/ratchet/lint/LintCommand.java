package dev.ratchet.lint;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line for static lint:
 * {@code LintCommand <changelog> [--search-path DIR[,DIR…]] [--format text|json]}. Exits
 * 0 when nothing blocks, 1 when something blocks, 2 when the input cannot be read.
 */
public final class LintCommand {

	/** Nothing blocks. */
	public static final int OK = 0;

	/** At least one finding blocks. */
	public static final int BLOCKED = 1;

	/** The arguments or the changelog could not be read. */
	public static final int UNREADABLE = 2;

	private static final String USAGE = "usage: LintCommand <changelog> [--search-path DIR[,DIR...]] [--format text|json]";

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
		String changeLog = null;
		List<Path> searchPath = new ArrayList<>();
		String format = "text";
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--search-path") || arg.equals("--format")) {
				if (i + 1 >= args.length) {
					err.println(arg + " needs a value" + System.lineSeparator() + USAGE);
					return UNREADABLE;
				}
				String value = args[++i];
				if (arg.equals("--format")) {
					format = value;
				}
				else {
					for (String folder : value.split(",")) {
						searchPath.add(Path.of(folder.trim()));
					}
				}
			}
			else if (arg.startsWith("--") || changeLog != null) {
				err.println("unexpected argument '" + arg + "'" + System.lineSeparator() + USAGE);
				return UNREADABLE;
			}
			else {
				changeLog = arg;
			}
		}
		if (changeLog == null || !(format.equals("text") || format.equals("json"))) {
			err.println(USAGE);
			return UNREADABLE;
		}
		try {
			LintReport report = new ChangeLogLinter().lint(Path.of(changeLog), searchPath);
			out.println(format.equals("json") ? LintJson.write(report) : LintText.write(report));
			return report.blocks() ? BLOCKED : OK;
		}
		catch (ChangeLogLintException ex) {
			err.println("ratchet lint: " + ex.getMessage());
			return UNREADABLE;
		}
	}

}
