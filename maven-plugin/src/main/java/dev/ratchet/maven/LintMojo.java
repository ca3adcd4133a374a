package dev.ratchet.maven;

import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.run.LintRequest;
import dev.ratchet.lint.run.StaticLint;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Lints the project's Liquibase changelog without a database, as a deploy would judge it,
 * and fails the build when a finding blocks. It judges with the application's own
 * configuration: {@code ratchet.validation.*} (mode, rule severities, approvals) and
 * {@code spring.liquibase.change-log}/{@code parameters.*} from {@code application.properties}/
 * {@code .yaml} and the active profiles' files. The changelog's includes resolve against the
 * project's resources and dependencies, and custom and extension changes are loaded from the
 * project's runtime classpath. The report is the one the command line prints; the
 * lint runs in the build's process, and lints of modules built at once do not wait on each other.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
		threadSafe = true)
public class LintMojo extends AbstractMojo {

	/**
	 * The project whose changelog is linted.
	 */
	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private MavenProject project;

	/**
	 * The changelog: a file, or a path relative to the search path as Liquibase names it.
	 * Defaults to {@code spring.liquibase.change-log} of the project's application
	 * properties or YAML, else {@code db/changelog/db.changelog-master.yaml}.
	 */
	@Parameter(property = "ratchet.changeLog")
	private String changeLog;

	/**
	 * Folders and jars that includes resolve against, besides the project's resource folders
	 * and runtime dependencies.
	 */
	@Parameter(property = "ratchet.searchPath")
	private List<File> searchPath;

	/**
	 * The databases typed changes and {@code modifySql} are rendered for, comma-separated,
	 * or {@code all}; the command line's default ({@code postgresql}) when not set.
	 */
	@Parameter(property = "ratchet.dbms")
	private String dbms;

	/**
	 * Changelog parameters, as {@code -Dname=value} gives them to Liquibase.
	 */
	@Parameter
	private Map<String, String> parameters;

	/**
	 * A properties file of changelog parameters; {@link #parameters} win over it.
	 */
	@Parameter(property = "ratchet.parametersFile")
	private File parametersFile;

	/**
	 * A baseline file of released changesets, which are not judged again.
	 */
	@Parameter(property = "ratchet.baseline")
	private File baseline;

	/**
	 * A git revision whose changelog holds the released changesets, which are not judged
	 * again; not together with {@link #baseline}.
	 */
	@Parameter(property = "ratchet.since")
	private String since;

	/**
	 * Where to record the changelog as released, for a later {@link #baseline}.
	 */
	@Parameter(property = "ratchet.writeBaseline")
	private File writeBaseline;

	/**
	 * Configuration files (or folders of {@code application.*} files) that win over the
	 * project's own {@code application.properties}/{@code .yaml}, for
	 * {@code ratchet.validation.*} and {@code spring.liquibase.*}.
	 */
	@Parameter(property = "ratchet.config")
	private List<File> config;

	/**
	 * The active Spring profiles, comma-separated, whose {@code application-<profile>} files
	 * are read; {@code spring.profiles.active} of the configuration when not set.
	 */
	@Parameter(property = "ratchet.profiles")
	private String profiles;

	/**
	 * The report format: {@code text}, {@code json}, {@code sarif} or {@code github}.
	 */
	@Parameter(property = "ratchet.format", defaultValue = "text")
	private String format;

	/**
	 * Where to write the report; the build log then gets only its summary line.
	 */
	@Parameter(property = "ratchet.output")
	private File output;

	/**
	 * Whether to skip the lint.
	 */
	@Parameter(property = "ratchet.skip", defaultValue = "false")
	private boolean skip;

	/**
	 * Whether a blocking finding fails the build; when {@code false} it is only logged.
	 */
	@Parameter(property = "ratchet.failOnBlock", defaultValue = "true")
	private boolean failOnBlock;

	/**
	 * Lints the changelog and fails the build when a finding blocks.
	 * @throws MojoFailureException when a finding blocks and {@link #failOnBlock} is set
	 * @throws MojoExecutionException when the changelog or an option cannot be read
	 */
	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (this.skip) {
			getLog().info("Ratchet lint skipped");
			return;
		}
		long start = System.nanoTime();
		ProjectSources sources = ProjectSources.of(this.project, runtimeClasspath());
		LintConfiguration configuration = new LintConfiguration(
				(this.changeLog != null && !this.changeLog.isBlank()) ? sources.changeLog(this.changeLog) : null,
				sources.searchPath(this.searchPath), this.dbms, this.parameters, this.parametersFile, this.baseline,
				this.since, this.writeBaseline, this.config, this.profiles, this.format, this.output);
		LintResult result = lint(configuration, sources);
		getLog().info(String.format(Locale.ROOT, "Ratchet lint of %s (%.2f s):%n%s", result.changeLog(),
				Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0, result.log().stripTrailing()));
		if (result.unreadable() > 0) {
			throw new MojoExecutionException("ratchet lint: " + result.unreadable() + " changeset(s) of "
					+ result.changeLog() + " could not be read, so were not judged; see the report above");
		}
		if (result.blocking() > 0) {
			String message = "Ratchet lint: " + result.blocking() + " blocking finding(s) in " + result.changeLog()
					+ "; see the report above";
			if (this.failOnBlock) {
				throw new MojoFailureException(message);
			}
			getLog().warn(message + " (failOnBlock is false: the build goes on)");
		}
	}

	private LintResult lint(LintConfiguration configuration, ProjectSources sources) throws MojoExecutionException {
		try (URLClassLoader classLoader = sources.classLoader(getClass().getClassLoader())) {
			LintRequest request = configuration.request(classLoader);
			if (request.changeLog() == null) {
				request = request.withChangeLog(sources.changeLog(StaticLint.settings(request).changeLogOrDefault()));
			}
			return LintResult.of(request, configuration.reportFormat(), configuration.reportFile());
		}
		catch (IllegalArgumentException | ChangeLogLintException ex) {
			throw new MojoExecutionException("ratchet lint: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Cannot close the project's class loader: " + ex.getMessage(), ex);
		}
	}

	private List<String> runtimeClasspath() throws MojoExecutionException {
		try {
			return this.project.getRuntimeClasspathElements();
		}
		catch (DependencyResolutionRequiredException ex) {
			throw new MojoExecutionException("Cannot resolve the project's runtime classpath: " + ex.getMessage(), ex);
		}
	}

}
