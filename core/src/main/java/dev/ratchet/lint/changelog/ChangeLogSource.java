package dev.ratchet.lint.changelog;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.ParsedChangeLog;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.resource.ZipResourceAccessor;

/**
 * A changelog as static lint reads it: its path as Liquibase names it, the search path its
 * includes resolve against (folders and jars, as a classpath), the changelog parameters
 * (as {@code -D} gives them to Liquibase), and the class loader extension changes come from
 * (a {@code customChange} class is never loaded: a stand-in takes its name). A YAML file whose
 * aliases expand without bound is unreadable input.
 */
public final class ChangeLogSource {

	private final String path;

	private final List<Path> searchPath;

	private final Map<String, String> parameters;

	private final ClassLoader classLoader;

	private ChangeLogSource(String path, List<Path> searchPath, Map<String, String> parameters,
			ClassLoader classLoader) {
		this.path = path;
		this.searchPath = List.copyOf(searchPath);
		this.parameters = Map.copyOf(parameters);
		this.classLoader = classLoader;
	}

	/**
	 * Finds a changelog: a file, or a path relative to the search path as Liquibase names it
	 * ({@code db/changelog/db.changelog-master.yaml}, with or without {@code classpath:}).
	 * @param changeLog the changelog
	 * @param searchPath the folders and jars includes are resolved against
	 * @param parameters the changelog parameters
	 * @param classLoader where custom and extension change classes are loaded from
	 * @return the source
	 * @throws ChangeLogLintException when the changelog or a search path entry does not exist
	 */
	public static ChangeLogSource of(String changeLog, List<Path> searchPath, Map<String, String> parameters,
			ClassLoader classLoader) throws ChangeLogLintException {
		List<Path> roots = new ArrayList<>();
		for (Path entry : searchPath) {
			Path root = entry.toAbsolutePath().normalize();
			if (!Files.exists(root)) {
				throw new ChangeLogLintException("Search path entry " + entry + " does not exist", null);
			}
			roots.add(root);
		}
		String name = changeLog.startsWith("classpath:") ? changeLog.substring("classpath:".length()) : changeLog;
		Path file = Path.of(name).toAbsolutePath().normalize();
		if (Files.isRegularFile(file)) {
			Path root = roots.stream().filter((r) -> Files.isDirectory(r) && file.startsWith(r)).findFirst().orElse(null);
			if (root == null) {
				root = file.getParent();
				roots.add(root);
			}
			return new ChangeLogSource(root.relativize(file).toString().replace('\\', '/'), roots, parameters,
					classLoader);
		}
		String relative = name.replace('\\', '/').replaceFirst("^/+", "");
		for (Path root : roots) {
			if (contains(root, relative)) {
				return new ChangeLogSource(relative, roots, parameters, classLoader);
			}
		}
		throw new ChangeLogLintException("Changelog " + changeLog + " does not exist: it is not a file, nor on the "
				+ "search path " + describe(roots), null);
	}

	/**
	 * Returns the changelog's path as Liquibase names it.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Returns whether the changelog is on the search path, as it is not at a revision that
	 * predates it.
	 * @return whether it exists
	 */
	public boolean exists() {
		return this.searchPath.stream().anyMatch((root) -> contains(root, this.path));
	}

	/**
	 * Returns the search path, each entry absolute, the changelog's folder added when it was
	 * given as a file outside every entry.
	 * @return the folders and jars
	 */
	public List<Path> searchPath() {
		return this.searchPath;
	}

	/**
	 * Returns the same changelog read from another search path, such as the one a git
	 * revision had.
	 * @param searchPath the folders and jars
	 * @return the source
	 */
	public ChangeLogSource withSearchPath(List<Path> searchPath) {
		return new ChangeLogSource(this.path, searchPath, this.parameters, this.classLoader);
	}

	/**
	 * Parses the changelog and reads it while its files are at hand.
	 * @param <T> what is read
	 * @param reader what reads the parsed changelog
	 * @return what the reader returns
	 * @throws ChangeLogLintException when the changelog cannot be parsed or read
	 */
	public <T> T read(Reader<T> reader) throws ChangeLogLintException {
		LintClassLoader lintClassLoader = new LintClassLoader(this.classLoader);
		ChangeTypeStandIns standIns = new ChangeTypeStandIns(lintClassLoader);
		try (ResourceAccessor accessor = new BoundedYamlResources(accessor())) {
			return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor, Scope.Attr.classLoader.name(),
					lintClassLoader, GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), false), () -> {
				try (XmlPrefetch prefetch = XmlPrefetch.start(this.path, accessor)) {
					standIns.registerExtensions(lintClassLoader);
					ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(this.path, accessor);
					return standIns.read(() -> reader.read(
							new ParsedChangeLog(this.path, parser.parse(this.path, parameters(), accessor), accessor)));
				}
			});
		}
		catch (ChangeLogLintException ex) {
			throw ex;
		}
		catch (FileNotFoundException ex) {
			throw new ChangeLogLintException("Search path entry does not exist: " + ex.getMessage(), ex);
		}
		catch (Exception ex) {
			throw new ChangeLogLintException("Cannot lint " + this.path + ": " + Messages.of(ex), ex);
		}
		finally {
			standIns.unregister();
		}
	}

	private ChangeLogParameters parameters() {
		ChangeLogParameters parameters = new ChangeLogParameters();
		this.parameters.forEach(parameters::set);
		return parameters;
	}

	private CompositeResourceAccessor accessor() throws FileNotFoundException {
		CompositeResourceAccessor accessor = new CompositeResourceAccessor();
		for (Path root : this.searchPath) {
			accessor.addResourceAccessor(Files.isDirectory(root) ? new DirectoryResourceAccessor(root)
					: new ZipResourceAccessor(root));
		}
		return accessor;
	}

	private static String describe(List<Path> roots) {
		if (roots.size() <= 4) {
			return roots.toString();
		}
		return roots.subList(0, 3) + " and " + (roots.size() - 3) + " more entries";
	}

	private static boolean contains(Path root, String relative) {
		if (Files.isDirectory(root)) {
			return Files.isRegularFile(root.resolve(relative));
		}
		try (ZipFile jar = new ZipFile(root.toFile())) {
			return jar.getEntry(relative) != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	/**
	 * Reads a parsed changelog.
	 *
	 * @param <T> what is read
	 */
	@FunctionalInterface
	public interface Reader<T> {

		/**
		 * Reads a parsed changelog.
		 * @param changeLog the changelog
		 * @return what is read
		 * @throws Exception when it cannot be read
		 */
		T read(ParsedChangeLog changeLog) throws Exception;

	}

}
