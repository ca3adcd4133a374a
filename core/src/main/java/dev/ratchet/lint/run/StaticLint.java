package dev.ratchet.lint.run;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.ChangeLogLinter;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.ChangeSetLocation;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.ParsedChangeLog;
import dev.ratchet.lint.UnresolvedParameter;
import dev.ratchet.lint.ValidationMode;
import dev.ratchet.lint.changelog.ChangeLogSource;
import dev.ratchet.lint.changelog.ChangeSetLocations;
import dev.ratchet.lint.changelog.UnresolvedParameters;
import dev.ratchet.lint.config.ApplicationConfig;
import dev.ratchet.lint.config.RatchetSettings;
import dev.ratchet.lint.history.Baseline;
import dev.ratchet.lint.history.GitTree;
import liquibase.changelog.ChangeSet;

/**
 * Static lint as a Java call: a {@link LintRequest} in, a {@link LintReport} out. The
 * command line, the executable jar and the Maven plugin all run it. It judges with the
 * application's own configuration ({@code ratchet.validation.*}, the changelog and parameters
 * of {@code spring.liquibase.*}), so a pull request and a deploy agree. Nothing it changes
 * outlives the call, so lints may run at once in one process.
 */
public final class StaticLint {

	private StaticLint() {
	}

	/**
	 * Lints a changelog: reads it, judges the changesets not released yet, and records the
	 * changelog as released when the request asks.
	 * @param request what to lint and how
	 * @return the report, under the application's {@code ratchet.validation.mode}
	 * @throws ChangeLogLintException when the changelog, the configuration, a parameters file or
	 * a baseline cannot be read, or the baseline cannot be written
	 */
	public static LintReport lint(LintRequest request) throws ChangeLogLintException {
		RatchetSettings settings = settings(request);
		ChangeLogSource source = source(request, settings);
		Baseline released = released(request, source);
		LintPolicy policy = (request.policy() != null) ? request.policy() : settings.policy();
		ChangeLogLinter linter = new ChangeLogLinter(policy, request.target());
		ValidationMode mode = settings.mode();
		Linted linted = source.read((changeLog) -> new Linted(lint(linter, changeLog, released, mode),
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
		ChangeLogSource source = source(request, settings(request));
		Baseline released = source.read((changeLog) -> Baseline.of(changeLog.changeSets()));
		released.write(request.writeBaseline());
		return new Recorded(source.path(), released.size(), request.writeBaseline());
	}

	/**
	 * Reads what the application's configuration tells static lint.
	 * @param request the request, naming the search path, configuration files and profiles
	 * @return the settings
	 * @throws ChangeLogLintException when the configuration cannot be read or holds an invalid
	 * value, naming the property and its file
	 */
	public static RatchetSettings settings(LintRequest request) throws ChangeLogLintException {
		return RatchetSettings.of(ApplicationConfig.read(request.searchPath(), request.configFiles(),
				request.profiles(), request.environment()));
	}

	private static LintReport lint(ChangeLogLinter linter, ParsedChangeLog changeLog, Baseline released,
			ValidationMode mode) {
		if (mode == ValidationMode.OFF) {
			return new LintReport(changeLog.changeSets().size(), List.of()).under(mode);
		}
		FutureTask<Sources> sources = new FutureTask<>(() -> Sources.read(changeLog));
		Thread reading = new Thread(sources, "ratchet-lint-sources");
		reading.setDaemon(true);
		reading.start();
		LintReport report = linter.lint(changeLog, released);
		Sources read = result(sources);
		return report.withSources(read.unresolved(), read.locationsOf(report.withFindings(changeLog.changeSets())))
			.under(mode);
	}

	private static Sources result(FutureTask<Sources> sources) {
		sources.run();
		try {
			return sources.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading where changesets are written", ex);
		}
	}

	private static ChangeLogSource source(LintRequest request, RatchetSettings settings) throws ChangeLogLintException {
		String changeLog = (request.changeLog() != null) ? request.changeLog() : settings.changeLogOrDefault();
		return ChangeLogSource.of(changeLog, request.searchPath(), parameters(request, settings),
				request.classLoader());
	}

	private static Baseline released(LintRequest request, ChangeLogSource source) throws ChangeLogLintException {
		if (request.baseline() != null) {
			return Baseline.read(request.baseline());
		}
		if (request.since() != null) {
			try (GitTree tree = GitTree.export(request.since(), source.searchPath())) {
				ChangeLogSource then = source.withSearchPath(tree.searchPath());
				return then.exists() ? then.read((changeLog) -> Baseline.of(changeLog.changeSets())) : Baseline.empty();
			}
		}
		return null;
	}

	private static Map<String, String> parameters(LintRequest request, RatchetSettings settings)
			throws ChangeLogLintException {
		Map<String, String> all = new LinkedHashMap<>(settings.parameters());
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
	 * What a lint reports of the changelog's files beside its findings, read from the files on
	 * a thread of its own while the changesets are judged: the parameters left unresolved,
	 * and where each changeset is written.
	 */
	private record Sources(List<UnresolvedParameter> unresolved, Map<ChangeSetId, ChangeSetLocation> locations) {

		static Sources read(ParsedChangeLog changeLog) {
			Map<ChangeSetId, ChangeSetLocation> locations = ChangeSetLocations.of(changeLog).locate(changeLog.changeSets());
			return new Sources(UnresolvedParameters.in(changeLog, locations), locations);
		}

		Map<ChangeSetId, ChangeSetLocation> locationsOf(List<ChangeSet> changeSets) {
			Map<ChangeSetId, ChangeSetLocation> found = new HashMap<>();
			for (ChangeSet changeSet : changeSets) {
				ChangeSetId id = ChangeSetId.of(changeSet);
				found.put(id, this.locations.get(id));
			}
			return found;
		}

	}

	/**
	 * The report of a lint, and the changelog recorded as released when asked.
	 */
	private record Linted(LintReport report, Baseline released) {

	}

}
