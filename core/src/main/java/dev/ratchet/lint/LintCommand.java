package dev.ratchet.lint;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line for static lint:
 * {@code LintCommand <changelog> [--search-path DIR|JAR[,…]] [--dbms NAME[,NAME…]|all]
 * [-Dname=value…] [--parameters FILE] [--baseline FILE | --since GIT_REF]
 * [--write-baseline FILE] [--format text|json|sarif|github] [--output FILE]}. Exits 0 when
 * nothing blocks, 1 when something blocks, 2 when the input cannot be read.
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
	 * changes it holds are found, as a build tool plugin does.
	 * @param args the arguments
	 * @param out where the report goes
	 * @param err where errors go
	 * @param classLoader the class loader of the changelog's project
	 * @return the exit status
	 */
	public static int run(String[] args, PrintStream out, PrintStream err, ClassLoader classLoader) {
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
			return run(options, target, out, classLoader);
		}
		catch (ChangeLogLintException ex) {
			err.println("ratchet lint: " + ex.getMessage());
			return UNREADABLE;
		}
	}

	private static int run(LintOptions options, LintTarget target, PrintStream out, ClassLoader classLoader)
			throws ChangeLogLintException {
		ChangeLogSource source = ChangeLogSource.of(options.changeLog(), options.searchPath(), options.allParameters(),
				classLoader);
		Baseline baseline = baseline(options, source);
		if (baseline == null && options.writeBaseline() != null) {
			Baseline released = source.read((changeLog) -> Baseline.of(changeLog.changeSets()));
			released.write(options.writeBaseline());
			out.println("ratchet lint: " + released.size() + " changesets of " + source.path() + " recorded as released in "
					+ options.writeBaseline());
			return OK;
		}
		ChangeLogLinter linter = new ChangeLogLinter(LintPolicy.defaults(), target);
		Linted linted = source.read((changeLog) -> new Linted(linter.lint(changeLog, baseline),
				(options.writeBaseline() != null) ? Baseline.of(changeLog.changeSets()) : null));
		if (linted.released() != null) {
			linted.released().write(options.writeBaseline());
		}
		String report = options.format().write(linted.report());
		if (options.output() != null) {
			write(options.output(), report);
			out.println(LintText.summary(linted.report()) + " (" + options.format().name().toLowerCase(Locale.ROOT)
					+ " report in " + options.output() + ")");
		}
		else {
			out.println(report);
		}
		return linted.report().blocks() ? BLOCKED : OK;
	}

	private static Baseline baseline(LintOptions options, ChangeLogSource source) throws ChangeLogLintException {
		if (options.baseline() != null) {
			return Baseline.read(options.baseline());
		}
		if (options.since() != null) {
			ChangeLogSource released = source.at(options.since());
			return released.exists() ? released.read((changeLog) -> Baseline.of(changeLog.changeSets()))
					: Baseline.empty();
		}
		return null;
	}

	private static void write(Path file, String report) throws ChangeLogLintException {
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			Files.writeString(file, report + System.lineSeparator(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot write the report to " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The report of a lint, and the changelog recorded as released when asked.
	 */
	private record Linted(LintReport report, Baseline released) {

	}

}
