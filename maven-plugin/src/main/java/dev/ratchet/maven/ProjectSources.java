package dev.ratchet.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * Where a project's changelog and the files it includes come from: the project's resource
 * folders, then the jars and folders of its runtime classpath (the files other modules
 * ship), and the classes its custom and extension changes are loaded from.
 * <p>
 * The project's own output folder is on the class loader but not on the search path: its
 * resources are copies of the resource folders', and Liquibase refuses a path found twice.
 */
final class ProjectSources {

	private static final String CLASSPATH_PREFIX = "classpath:";

	private static final String FILE_PREFIX = "file:";

	private final File baseDirectory;

	private final List<File> resourceFolders;

	private final List<File> runtimeClasspath;

	private final File outputFolder;

	private ProjectSources(File baseDirectory, List<File> resourceFolders, List<File> runtimeClasspath,
			File outputFolder) {
		this.baseDirectory = baseDirectory;
		this.resourceFolders = List.copyOf(resourceFolders);
		this.runtimeClasspath = List.copyOf(runtimeClasspath);
		this.outputFolder = outputFolder;
	}

	/**
	 * Reads a project's sources.
	 * @param project the project
	 * @param runtimeClasspath its runtime classpath elements: its output folder and every
	 * runtime dependency
	 * @return the sources
	 */
	static ProjectSources of(MavenProject project, List<String> runtimeClasspath) {
		File baseDirectory = project.getBasedir();
		List<File> resourceFolders = new ArrayList<>();
		for (Resource resource : project.getBuild().getResources()) {
			File folder = absolute(baseDirectory, resource.getDirectory());
			if (folder.isDirectory() && !resourceFolders.contains(folder)) {
				resourceFolders.add(folder);
			}
		}
		List<File> classpath = runtimeClasspath.stream().map((element) -> absolute(baseDirectory, element)).toList();
		return new ProjectSources(baseDirectory, resourceFolders, classpath,
				absolute(baseDirectory, project.getBuild().getOutputDirectory()));
	}

	/**
	 * Returns the project's resource folders that exist, in the build's order.
	 * @return the folders, absolute
	 */
	List<File> resourceFolders() {
		return this.resourceFolders;
	}

	/**
	 * Returns the search path: the resource folders, the runtime classpath's jars and
	 * folders other than the project's own output folder, then the extra entries.
	 * @param extra entries from the configuration, or {@code null}
	 * @return the entries that exist, each once, in that order
	 */
	List<File> searchPath(List<File> extra) {
		Set<File> entries = new LinkedHashSet<>(this.resourceFolders);
		for (File element : this.runtimeClasspath) {
			if (element.exists() && !element.equals(this.outputFolder)) {
				entries.add(element);
			}
		}
		if (extra != null) {
			extra.forEach((entry) -> entries.add(absolute(this.baseDirectory, entry.getPath())));
		}
		return List.copyOf(entries);
	}

	/**
	 * Names a changelog the way the command line reads it: a {@code file:} location or a
	 * file relative to the project's folder becomes an absolute path; anything else, such as
	 * {@code classpath:db/changelog/db.changelog-master.yaml}, is a path on the search path.
	 * @param location the changelog as configured
	 * @return the changelog for the command line
	 */
	String changeLog(String location) {
		String name = location.trim();
		if (name.startsWith(FILE_PREFIX)) {
			return absolute(this.baseDirectory, name.substring(FILE_PREFIX.length())).getPath();
		}
		if (name.startsWith(CLASSPATH_PREFIX)) {
			return name.substring(CLASSPATH_PREFIX.length()).replaceFirst("^/+", "");
		}
		File file = absolute(this.baseDirectory, name);
		return file.isFile() ? file.getPath() : name;
	}

	/**
	 * Opens a class loader on the project's runtime classpath, whose parent provides
	 * Liquibase and Ratchet. The caller closes it.
	 * @param parent the parent class loader
	 * @return the class loader
	 */
	URLClassLoader classLoader(ClassLoader parent) {
		List<URL> urls = new ArrayList<>();
		for (File element : this.runtimeClasspath) {
			try {
				urls.add(element.toURI().toURL());
			}
			catch (MalformedURLException ex) {
				throw new IllegalArgumentException("Classpath element " + element + " is not a valid location", ex);
			}
		}
		return new URLClassLoader("ratchet-project", urls.toArray(URL[]::new), parent);
	}

	private static File absolute(File baseDirectory, String path) {
		File file = new File(path);
		return (file.isAbsolute() ? file : new File(baseDirectory, path)).toPath().normalize().toFile();
	}

}
