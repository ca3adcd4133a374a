package dev.ratchet.maven;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ratchet.lint.LintCommand;

/**
 * What one run of the static lint command line gave: its exit status, the report it
 * printed and the errors it printed.
 *
 * @param status the exit status: {@link #OK}, {@link #BLOCKED} or {@link #UNREADABLE}
 * @param report what the command printed on standard output
 * @param errors what the command printed on standard error
 */
record LintOutcome(int status, String report, String errors) {

	/** Nothing blocks. */
	static final int OK = LintCommand.OK;

	/** At least one finding blocks. */
	static final int BLOCKED = LintCommand.BLOCKED;

	/** The arguments or the changelog could not be read. */
	static final int UNREADABLE = LintCommand.UNREADABLE;

	private static final Pattern SUMMARY = Pattern.compile("\\b(\\d+) blocking, \\d+ warnings, \\d+ approved\\b");

	private static final Object LOCK = new Object();

	/**
	 * Runs the command line. Runs are serialized, since Liquibase's registry of change types,
	 * which the lint extends while it runs, is shared by the whole build.
	 * @param arguments the command line's arguments
	 * @param classLoader where custom and extension changes are loaded from
	 * @return the outcome
	 */
	static LintOutcome of(String[] arguments, ClassLoader classLoader) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status;
		synchronized (LOCK) {
			try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
					PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
				status = LintCommand.run(arguments, outStream, errStream, classLoader);
			}
		}
		return new LintOutcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Says how many findings block, as the report's summary line counts them (only the text
	 * format, or a report written to a file, has one).
	 * @return such as {@code 2 blocking finding(s)}
	 */
	String blockingFindings() {
		Matcher summary = SUMMARY.matcher(this.report);
		String count = null;
		while (summary.find()) {
			count = summary.group(1);
		}
		return (count != null) ? count + " blocking finding(s)" : "blocking finding(s)";
	}

}
