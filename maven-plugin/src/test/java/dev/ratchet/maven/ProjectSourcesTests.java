package dev.ratchet.maven;

import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectSourcesTests {

	@TempDir
	Path baseDirectory;

	private MavenProject project;

	private File classes;

	private File dependency;

	@BeforeEach
	void createProject() throws IOException {
		Files.createDirectories(this.baseDirectory.resolve("src/main/resources/db"));
		Files.createDirectories(this.baseDirectory.resolve("target/classes"));
		this.classes = this.baseDirectory.resolve("target/classes").toFile();
		this.dependency = Files.createFile(this.baseDirectory.resolve("schema.jar")).toFile();
		Model model = new Model();
		model.setBuild(new Build());
		model.getBuild().setOutputDirectory(this.classes.getPath());
		model.getBuild().addResource(resource("src/main/resources"));
		model.getBuild().addResource(resource("src/main/missing"));
		this.project = new MavenProject(model);
		this.project.setFile(this.baseDirectory.resolve("pom.xml").toFile());
	}

	@Test
	void readsTheResourceFoldersThatExist() {
		assertThat(sources().resourceFolders()).containsExactly(folder("src/main/resources"));
	}

	@Test
	void searchesTheResourcesThenTheDependenciesThenTheExtraEntriesButNotTheOutputFolder() {
		assertThat(sources().searchPath(List.of(new File("src/test/resources"))))
			.containsExactly(folder("src/main/resources"), this.dependency, folder("src/test/resources"));
	}

	@Test
	void searchesEachEntryOnce() {
		assertThat(sources().searchPath(List.of(new File("src/main/resources"))))
			.containsExactly(folder("src/main/resources"), this.dependency);
	}

	@Test
	void namesAClasspathChangeLogRelativeToTheSearchPath() {
		assertThat(sources().changeLog("classpath:/db/changelog/master.yaml")).isEqualTo("db/changelog/master.yaml");
		assertThat(sources().changeLog("db/changelog/master.yaml")).isEqualTo("db/changelog/master.yaml");
	}

	@Test
	void namesAChangeLogFileOfTheProjectByItsAbsolutePath() throws IOException {
		File file = Files.createFile(this.baseDirectory.resolve("src/main/resources/db/master.yaml")).toFile();
		assertThat(sources().changeLog("src/main/resources/db/master.yaml")).isEqualTo(file.getPath());
		assertThat(sources().changeLog("file:src/main/resources/db/master.yaml")).isEqualTo(file.getPath());
	}

	@Test
	void loadsClassesFromTheRuntimeClasspathWithTheGivenParent() throws IOException {
		ClassLoader parent = getClass().getClassLoader();
		try (URLClassLoader classLoader = sources().classLoader(parent)) {
			assertThat(classLoader.getParent()).isSameAs(parent);
			assertThat(classLoader.getURLs()).containsExactly(this.classes.toURI().toURL(),
					this.dependency.toURI().toURL());
		}
	}

	private ProjectSources sources() {
		return ProjectSources.of(this.project, List.of(this.classes.getPath(), this.dependency.getPath()));
	}

	private File folder(String path) {
		return this.baseDirectory.resolve(path).toFile();
	}

	private static Resource resource(String directory) {
		Resource resource = new Resource();
		resource.setDirectory(directory);
		return resource;
	}

}
