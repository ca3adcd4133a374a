package dev.ratchet.lint;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Lints a changelog without a database, as a pull request build does: every changeset
 * counts as pending, and only a table created in the same changeset is exempt. SQL is
 * judged as written for every database, and typed changes and {@code modifySql} as rendered
 * for the target's databases. A {@code customChange} class need not be on the classpath:
 * only its name is read; a change type no class provides is judged as a custom change.
 */
public final class ChangeLogLinter {

	private final LintPolicy policy;

	private final LintTarget target;

	/**
	 * Creates a linter with the default policy, rendering for PostgreSQL.
	 */
	public ChangeLogLinter() {
		this(LintPolicy.defaults());
	}

	/**
	 * Creates a linter with a policy, rendering for PostgreSQL.
	 * @param policy the severities and approvals in force
	 */
	public ChangeLogLinter(LintPolicy policy) {
		this(policy, LintTarget.offline());
	}

	/**
	 * Creates a linter with a policy and the databases SQL is rendered for.
	 * @param policy the severities and approvals in force
	 * @param target the databases, see {@link LintTarget#offline(List)}
	 */
	public ChangeLogLinter(LintPolicy policy, LintTarget target) {
		this.policy = Objects.requireNonNull(policy, "policy");
		this.target = Objects.requireNonNull(target, "target");
	}

	/**
	 * Lints a changelog file. Includes are resolved against the search path; without one,
	 * against the changelog's own folder.
	 * @param changeLog the root changelog file
	 * @param searchPath the folders includes are resolved against, such as
	 * {@code src/main/resources}
	 * @return the report
	 * @throws ChangeLogLintException when the changelog cannot be read or parsed
	 */
	public LintReport lint(Path changeLog, List<Path> searchPath) throws ChangeLogLintException {
		Path file = changeLog.toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			throw new ChangeLogLintException("Changelog " + changeLog + " does not exist or is not a file", null);
		}
		List<Path> roots = new ArrayList<>();
		searchPath.forEach((root) -> roots.add(root.toAbsolutePath().normalize()));
		Path root = roots.stream().filter(file::startsWith).findFirst().orElse(null);
		if (root == null) {
			root = file.getParent();
			roots.add(root);
		}
		String path = root.relativize(file).toString().replace('\\', '/');
		try (CompositeResourceAccessor accessor = new CompositeResourceAccessor()) {
			for (Path folder : roots) {
				accessor.addResourceAccessor(new DirectoryResourceAccessor(folder));
			}
			return lint(path, accessor);
		}
		catch (FileNotFoundException ex) {
			throw new ChangeLogLintException("Search path folder does not exist: " + ex.getMessage(), ex);
		}
		catch (ChangeLogLintException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ChangeLogLintException("Cannot read " + changeLog + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Lints a changelog found through a Liquibase resource accessor.
	 * @param changeLogPath the changelog's path within the accessor
	 * @param accessor where the changelog and its includes are read from
	 * @return the report
	 * @throws ChangeLogLintException when the changelog cannot be read or parsed
	 */
	public LintReport lint(String changeLogPath, ResourceAccessor accessor) throws ChangeLogLintException {
		LintClassLoader classLoader = new LintClassLoader(parentClassLoader());
		ChangeTypeStandIns standIns = new ChangeTypeStandIns(classLoader);
		try {
			return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor,
					Scope.Attr.classLoader.name(), classLoader,
					GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), false), () -> {
				ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(changeLogPath, accessor);
				DatabaseChangeLog changeLog = standIns
					.parse(() -> parser.parse(changeLogPath, new ChangeLogParameters(), accessor));
				List<ChangeSet> changeSets = changeLog.getChangeSets().stream().filter((c) -> !c.isIgnore()).toList();
				return new ChangeSetLinter(this.policy, this.target).lintEach(changeSets);
			});
		}
		catch (Exception ex) {
			throw new ChangeLogLintException("Cannot lint " + changeLogPath + ": " + rootMessage(ex), ex);
		}
		finally {
			standIns.unregister();
		}
	}

	private static ClassLoader parentClassLoader() {
		ClassLoader loader = Scope.getCurrentScope().getClassLoader(true);
		return (loader != null) ? loader : ChangeLogLinter.class.getClassLoader();
	}

	private static String rootMessage(Throwable ex) {
		String message = ex.getMessage();
		Throwable cause = ex.getCause();
		while (cause != null && cause != ex) {
			if (cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
				message = (message != null) ? message + ": " + cause.getMessage() : cause.getMessage();
			}
			ex = cause;
			cause = cause.getCause();
		}
		return message;
	}

}
