package dev.ratchet.lint.cli;

import java.io.PrintStream;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.LintCommand;
import dev.ratchet.lint.LintCommandLine;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.LintTarget;
import dev.ratchet.lint.run.LintRequest;
import dev.ratchet.lint.run.StaticLint;

/**
 * The command line of static lint: reads the arguments into a {@link LintRequest}, runs
 * {@link StaticLint} and writes its report where the arguments say.
 */
public final class LintCli implements LintCommandLine {

	@Override
	public int run(String[] args, PrintStream out, PrintStream err, ClassLoader classLoader) {
		LintOptions options;
		LintRequest request;
		try {
			options = LintOptions.parse(args);
			if (options.help()) {
				out.println(LintOptions.HELP);
				return LintCommand.OK;
			}
			if (options.version()) {
				out.println("ratchet-lint " + Version.current());
				return LintCommand.OK;
			}
			request = options.request(classLoader);
		}
		catch (IllegalArgumentException ex) {
			err.println("ratchet lint: " + ex.getMessage() + System.lineSeparator() + LintOptions.USAGE);
			return LintCommand.UNREADABLE;
		}
		try {
			return run(options, request, out);
		}
		catch (ChangeLogLintException ex) {
			err.println("ratchet lint: " + ex.getMessage());
			return LintCommand.UNREADABLE;
		}
	}

	private static int run(LintOptions options, LintRequest request, PrintStream out) throws ChangeLogLintException {
		if (request.recordsOnly()) {
			out.println("ratchet lint: " + StaticLint.record(request).summary());
			return LintCommand.OK;
		}
		LintWarmUp.start(LintTarget.offline(request.dbms()));
		LintReport report = StaticLint.lint(request);
		out.println((options.output() != null) ? options.format().write(report, options.output())
				: options.format().write(report));
		if (!report.unreadable().isEmpty()) {
			return LintCommand.UNREADABLE;
		}
		return report.blocks() ? LintCommand.BLOCKED : LintCommand.OK;
	}

}
