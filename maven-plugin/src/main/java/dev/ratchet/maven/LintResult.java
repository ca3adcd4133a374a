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
 * @param changeLog the changelog linted, as named
 * @param log the report in the chosen format, or its summary line when it went to a file, or
 * what was recorded as released
 * @param blocking how many findings stop the update (none when validation only warns)
 * @param unreadable how many changesets could not be read, so were not judged
 */
record LintResult(String changeLog, String log, int blocking, int unreadable) {

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
			return new LintResult(request.changeLog(), "Ratchet lint: " + StaticLint.record(request).summary(), 0, 0);
		}
		LintReport report = StaticLint.lint(request);
		String log = (reportFile != null) ? format.write(report, reportFile) : format.write(report);
		return new LintResult(request.changeLog(), log, report.blocks() ? report.blocking().size() : 0,
				report.unreadable().size());
	}

}
