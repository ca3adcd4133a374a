package dev.ratchet.lint.run;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.ChangeLogLinter;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.ParsedChangeLog;
import dev.ratchet.lint.changelog.ChangeLogSource;
import dev.ratchet.lint.changelog.ChangeSetLocations;
import dev.ratchet.lint.changelog.UnresolvedParameters;
import dev.ratchet.lint.history.Baseline;
import dev.ratchet.lint.history.GitTree;

/**
 * Static lint as a Java call: a {@link LintRequest} in, a {@link LintReport} out. The
 * command line, the executable jar and the Maven plugin all run it. Nothing it changes
 * outlives the call, so lints may run at once in one process.
 */
public final class StaticLint {

	private StaticLint() {
	}

	/**
	 * Lints a changelog: reads it, judges the changesets not released yet, and records the
	 * changelog as released when the request asks.
	 * @param request what to lint and how
	 * @return the report
	 * @throws ChangeLogLintException when the changelog, a parameters file or a baseline
	 * cannot be read, or the baseline cannot be written
	 */
	public static LintReport lint(LintRequest request) throws ChangeLogLintException {
		ChangeLogSource source = source(request);
		Baseline released = released(request, source);
		ChangeLogLinter linter = new ChangeLogLinter(request.policy(), request.target());
		Linted linted = source.read((changeLog) -> new Linted(lint(linter, changeLog, released),
				(request.writeBaseline() != null) ? Baseline.of(changeLog.changeSets()) : null));
		if (linted.released() != null) {
			linted.released().write(request.writeBaseline());
		}
		return linted.report();
	}

	/**
	 * Records a changelog as released in the request's baseline file, judging nothing.
	 * @param request what to record; its {@link LintRequest#writeBaseline()} is required
	 * @return what was recorded
	 * @throws ChangeLogLintException when the changelog cannot be read or the baseline written
	 */
	public static Recorded record(LintRequest request) throws ChangeLogLintException {
		if (request.writeBaseline() == null) {
			throw new IllegalArgumentException("no baseline file to write");
		}
		ChangeLogSource source = source(request);
		Baseline released = source.read((changeLog) -> Baseline.of(changeLog.changeSets()));
		released.write(request.writeBaseline());
		return new Recorded(source.path(), released.size(), request.writeBaseline());
	}

	private static LintReport lint(ChangeLogLinter linter, ParsedChangeLog changeLog, Baseline released) {
		LintReport report = linter.lint(changeLog, released);
		return report.withSources(UnresolvedParameters.in(changeLog),
				ChangeSetLocations.of(changeLog).locate(report.withFindings(changeLog.changeSets())));
	}

	private static ChangeLogSource source(LintRequest request) throws ChangeLogLintException {
		return ChangeLogSource.of(request.changeLog(), request.searchPath(), parameters(request),
				request.classLoader());
	}

	private static Baseline released(LintRequest request, ChangeLogSource source) throws ChangeLogLintException {
		if (request.baseline() != null) {
			return Baseline.read(request.baseline());
		}
		if (request.since() != null) {
			ChangeLogSource then = source.withSearchPath(GitTree.export(request.since(), source.searchPath()));
			return then.exists() ? then.read((changeLog) -> Baseline.of(changeLog.changeSets())) : Baseline.empty();
		}
		return null;
	}

	private static Map<String, String> parameters(LintRequest request) throws ChangeLogLintException {
		Map<String, String> all = new LinkedHashMap<>();
		if (request.parametersFile() != null) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(request.parametersFile(), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw new ChangeLogLintException(
						"Cannot read parameters file " + request.parametersFile() + ": " + ex.getMessage(), ex);
			}
			properties.stringPropertyNames().forEach((name) -> all.put(name, properties.getProperty(name)));
		}
		all.putAll(request.parameters());
		return all;
	}

	/**
	 * A changelog recorded as released.
	 *
	 * @param changeLog the changelog's path as Liquibase names it
	 * @param changeSets how many changesets were recorded
	 * @param baseline the baseline file written
	 */
	public record Recorded(String changeLog, int changeSets, Path baseline) {

		/**
		 * Says what was recorded, for a log.
		 * @return such as {@code 12 changesets of db/master.yaml recorded as released in baseline.txt}
		 */
		public String summary() {
			return this.changeSets + " changesets of " + this.changeLog + " recorded as released in " + this.baseline;
		}

	}

	/**
	 * The report of a lint, and the changelog recorded as released when asked.
	 */
	private record Linted(LintReport report, Baseline released) {

	}

}
