package dev.ratchet.lint.run;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintTarget;

/**
 * What static lint is asked to do: the changelog and how it is read, the application
 * configuration it is judged with, which changesets count as released, and where to record the
 * changelog as released. Built by name with {@link #of(String)} and the {@code with…} methods;
 * each returns a new request.
 *
 * @param changeLog the changelog, a file or a path relative to the search path; {@code null}
 * for the one the application's configuration names (or Spring Boot's default)
 * @param searchPath the folders and jars includes are resolved against; the application's
 * {@code application.*} files are read from them too
 * @param dbms the databases typed changes and {@code modifySql} are rendered for; empty for
 * PostgreSQL
 * @param parameters the changelog parameters, as {@code -D} gives them to Liquibase; they win
 * over the parameters file and the configuration's {@code spring.liquibase.parameters.*}
 * @param parametersFile a properties file of changelog parameters, or {@code null}
 * @param baseline a baseline file of released changesets, or {@code null}
 * @param since a git revision whose changelog holds the released changesets, or {@code null}
 * @param writeBaseline where to record the changelog as released, or {@code null}
 * @param configFiles configuration files (or folders of {@code application.*} files) that win
 * over those on the search path
 * @param profiles the active Spring profiles, or empty for the configuration's
 * {@code spring.profiles.active}
 * @param policy the severities and approvals to judge with, or {@code null} for those of the
 * application's configuration
 * @param environment the environment variables placeholders are resolved from
 * @param classLoader where custom and extension change classes are loaded from
 */
public record LintRequest(String changeLog, List<Path> searchPath, List<String> dbms, Map<String, String> parameters,
		Path parametersFile, Path baseline, String since, Path writeBaseline, List<Path> configFiles,
		List<String> profiles, LintPolicy policy, Map<String, String> environment, ClassLoader classLoader) {

	/**
	 * Creates a new instance.
	 * @throws IllegalArgumentException when a database is unknown or both a baseline and a
	 * git revision are given
	 */
	public LintRequest {
		searchPath = List.copyOf(searchPath);
		dbms = List.copyOf(dbms);
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		configFiles = List.copyOf(configFiles);
		profiles = List.copyOf(profiles);
		environment = Map.copyOf(environment);
		Objects.requireNonNull(classLoader, "classLoader");
		if (baseline != null && since != null) {
			throw new IllegalArgumentException("--baseline and --since cannot be used together");
		}
		LintTarget.offline(dbms);
	}

	/**
	 * Asks for a changelog to be linted with the application's configuration on the search
	 * path, for PostgreSQL, every changeset judged.
	 * @param changeLog the changelog, a file or a path relative to the search path, or
	 * {@code null} for the one the configuration names
	 * @return the request
	 */
	public static LintRequest of(String changeLog) {
		return new LintRequest(changeLog, List.of(), List.of(), Map.of(), null, null, null, null, List.of(), List.of(),
				null, System.getenv(), LintRequest.class.getClassLoader());
	}

	/**
	 * Returns this request linting another changelog.
	 * @param changeLog the changelog, or {@code null} for the one the configuration names
	 * @return the new request
	 */
	public LintRequest withChangeLog(String changeLog) {
		return new LintRequest(changeLog, this.searchPath, this.dbms, this.parameters, this.parametersFile,
				this.baseline, this.since, this.writeBaseline, this.configFiles, this.profiles, this.policy,
				this.environment, this.classLoader);
	}

	/**
	 * Returns this request with a search path.
	 * @param searchPath the folders and jars includes are resolved against
	 * @return the new request
	 */
	public LintRequest withSearchPath(List<Path> searchPath) {
		return new LintRequest(this.changeLog, searchPath, this.dbms, this.parameters, this.parametersFile,
				this.baseline, this.since, this.writeBaseline, this.configFiles, this.profiles, this.policy,
				this.environment, this.classLoader);
	}

	/**
	 * Returns this request rendering for other databases.
	 * @param dbms database names as Liquibase spells them, or {@code all}
	 * @return the new request
	 */
	public LintRequest withDbms(List<String> dbms) {
		return new LintRequest(this.changeLog, this.searchPath, dbms, this.parameters, this.parametersFile,
				this.baseline, this.since, this.writeBaseline, this.configFiles, this.profiles, this.policy,
				this.environment, this.classLoader);
	}

	/**
	 * Returns this request with changelog parameters.
	 * @param parameters the parameters
	 * @param parametersFile a properties file of parameters, or {@code null}
	 * @return the new request
	 */
	public LintRequest withParameters(Map<String, String> parameters, Path parametersFile) {
		return new LintRequest(this.changeLog, this.searchPath, this.dbms, parameters, parametersFile, this.baseline,
				this.since, this.writeBaseline, this.configFiles, this.profiles, this.policy, this.environment,
				this.classLoader);
	}

	/**
	 * Returns this request judging only the changesets a baseline file does not list.
	 * @param baseline the baseline file, or {@code null}
	 * @return the new request
	 */
	public LintRequest withBaseline(Path baseline) {
		return new LintRequest(this.changeLog, this.searchPath, this.dbms, this.parameters, this.parametersFile,
				baseline, this.since, this.writeBaseline, this.configFiles, this.profiles, this.policy, this.environment,
				this.classLoader);
	}

	/**
	 * Returns this request judging only the changesets added since a git revision.
	 * @param since a commit, branch or tag, or {@code null}
	 * @return the new request
	 */
	public LintRequest withSince(String since) {
		return new LintRequest(this.changeLog, this.searchPath, this.dbms, this.parameters, this.parametersFile,
				this.baseline, since, this.writeBaseline, this.configFiles, this.profiles, this.policy, this.environment,
				this.classLoader);
	}

	/**
	 * Returns this request recording the changelog as released in a baseline file.
	 * @param writeBaseline the file, or {@code null}
	 * @return the new request
	 */
	public LintRequest withWriteBaseline(Path writeBaseline) {
		return new LintRequest(this.changeLog, this.searchPath, this.dbms, this.parameters, this.parametersFile,
				this.baseline, this.since, writeBaseline, this.configFiles, this.profiles, this.policy,
				this.environment, this.classLoader);
	}

	/**
	 * Returns this request reading the application's configuration from more files and with
	 * active profiles.
	 * @param configFiles files, or folders of {@code application.*} files, that win over those
	 * on the search path
	 * @param profiles the active profiles, or empty for {@code spring.profiles.active}
	 * @return the new request
	 */
	public LintRequest withConfig(List<Path> configFiles, List<String> profiles) {
		return new LintRequest(this.changeLog, this.searchPath, this.dbms, this.parameters, this.parametersFile,
				this.baseline, this.since, this.writeBaseline, configFiles, profiles, this.policy, this.environment,
				this.classLoader);
	}

	/**
	 * Returns this request judging with a policy rather than the application's configuration.
	 * @param policy the severities and approvals
	 * @return the new request
	 */
	public LintRequest withPolicy(LintPolicy policy) {
		return new LintRequest(this.changeLog, this.searchPath, this.dbms, this.parameters, this.parametersFile,
				this.baseline, this.since, this.writeBaseline, this.configFiles, this.profiles, policy, this.environment,
				this.classLoader);
	}

	/**
	 * Returns this request resolving placeholders from other environment variables.
	 * @param environment the variables
	 * @return the new request
	 */
	public LintRequest withEnvironment(Map<String, String> environment) {
		return new LintRequest(this.changeLog, this.searchPath, this.dbms, this.parameters, this.parametersFile,
				this.baseline, this.since, this.writeBaseline, this.configFiles, this.profiles, this.policy, environment,
				this.classLoader);
	}

	/**
	 * Returns this request loading custom and extension changes from a build's classes.
	 * @param classLoader the class loader of the changelog's project
	 * @return the new request
	 */
	public LintRequest withClassLoader(ClassLoader classLoader) {
		return new LintRequest(this.changeLog, this.searchPath, this.dbms, this.parameters, this.parametersFile,
				this.baseline, this.since, this.writeBaseline, this.configFiles, this.profiles, this.policy,
				this.environment, classLoader);
	}

	/**
	 * Returns whether the request only records the changelog as released: a baseline is to
	 * be written and nothing says which changesets were released before.
	 * @return whether nothing is judged
	 */
	public boolean recordsOnly() {
		return this.writeBaseline != null && this.baseline == null && this.since == null;
	}

	/**
	 * Returns the databases SQL is rendered for.
	 * @return the target
	 */
	LintTarget target() {
		return LintTarget.offline(this.dbms);
	}

}
