package dev.ratchet.maven;

import java.nio.file.Path;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.report.ReportFormat;
import dev.ratchet.lint.run.LintRequest;
import dev.ratchet.lint.run.StaticLint;

/**
 * What the goal's lint gave: what goes to the build log and how many findings block.
 *
 * @param log the report in the chosen format, or its summary line when it went to a file, or
 * what was recorded as released
 * @param blocking how many findings block
 */
record LintResult(String log, int blocking) {

	/**
	 * Runs static lint as the goal is configured.
	 * @param request the lint
	 * @param format the report format
	 * @param reportFile where to write the report, or {@code null} for the build log
	 * @return the result
	 * @throws ChangeLogLintException when the changelog or an input file cannot be read, or the
	 * report or baseline cannot be written
	 */
	static LintResult of(LintRequest request, ReportFormat format, Path reportFile) throws ChangeLogLintException {
		if (request.recordsOnly()) {
			return new LintResult("Ratchet lint: " + StaticLint.record(request).summary(), 0);
		}
		LintReport report = StaticLint.lint(request);
		String log = (reportFile != null) ? format.write(report, reportFile) : format.write(report);
		return new LintResult(log, report.blocking().size());
	}

}
