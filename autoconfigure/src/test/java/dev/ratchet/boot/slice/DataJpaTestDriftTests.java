package dev.ratchet.boot.slice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.ratchet.boot.snapshot.DriftDetectedException;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Ratchet in Spring Boot's test slices: a {@code @DataJpaTest} or {@code @JdbcTest} with
 * {@code ratchet.drift.fail-on=error} fails when the entities map what the changelog does
 * not create, printing the changeset to add, and passes once that changeset is in the
 * changelog. The slice tests below are run here through Spring's test context, as JUnit
 * would run them.
 */
class DataJpaTestDriftTests {

	private static volatile String changeLog;

	@TempDir
	Path directory;

	@Test
	void aDataJpaTestFailsOnDriftAndPassesWithTheSuggestedChangeSetAdded() throws Exception {
		changeLog = master("release-1.yaml");
		Throwable failure = catchThrowable(() -> run(LaggingNotesTest.class));
		DriftDetectedException drift = find(failure, DriftDetectedException.class);
		assertThat(drift).isNotNull();
		assertThat(drift.getMessage()).contains("missing-column on note.pinned")
			.contains("- addColumn:")
			.contains("name: pinned");
		String suggested = drift.getSuggestedChangeLogs().get("liquibase");
		Files.writeString(this.directory.resolve("release-2.yaml"), suggested);
		changeLog = master("release-1.yaml", "release-2.yaml");
		assertThat(run(NotesWithSuggestionTest.class).findsNoNote()).isTrue();
	}

	@Test
	void aJdbcTestRunsTheGateAndTheDriftCheckToo() throws Exception {
		changeLog = master("release-1.yaml");
		NoteJdbcTest test = run(NoteJdbcTest.class);
		assertThat(test.snapshots().current().get("liquibase").status().name()).isEqualTo("UP_TO_DATE");
	}

	private static <T> T run(Class<T> testClass) throws Exception {
		TestContextManager manager = new TestContextManager(testClass);
		T instance = testClass.getDeclaredConstructor().newInstance();
		manager.prepareTestInstance(instance);
		return instance;
	}

	private String master(String... releases) throws Exception {
		Files.copy(new ClassPathResource("slice/release-1.yaml").getInputStream(),
				this.directory.resolve("release-1.yaml"), StandardCopyOption.REPLACE_EXISTING);
		StringBuilder yaml = new StringBuilder("databaseChangeLog:\n");
		for (String release : releases) {
			yaml.append("  - include: {file: ").append(release).append(", relativeToChangelogFile: true}\n");
		}
		Path master = this.directory.resolve("master-" + releases.length + ".yaml");
		Files.writeString(master, yaml);
		return "file:" + master;
	}

	private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/**
	 * A {@code @DataJpaTest} as an application writes it, with drift failing the test; its
	 * changelog lacks a column the entities map.
	 */
	@DataJpaTest(properties = "ratchet.drift.fail-on=error")
	static class LaggingNotesTest {

		@DynamicPropertySource
		static void changeLog(DynamicPropertyRegistry registry) {
			registry.add("spring.liquibase.change-log", () -> changeLog);
		}

	}

	/**
	 * The same {@code @DataJpaTest} once the suggested changeset is in the changelog.
	 */
	@DataJpaTest(properties = "ratchet.drift.fail-on=error")
	static class NotesWithSuggestionTest {

		@Autowired
		private EntityManager entityManager;

		@DynamicPropertySource
		static void changeLog(DynamicPropertyRegistry registry) {
			registry.add("spring.liquibase.change-log", () -> changeLog);
		}

		boolean findsNoNote() {
			return this.entityManager.find(Note.class, 1L) == null;
		}

	}

	/**
	 * A {@code @JdbcTest}: no entities, but the same gate and changelog checks.
	 */
	@JdbcTest(properties = "ratchet.drift.fail-on=error")
	static class NoteJdbcTest {

		@Autowired
		private MigrationSnapshots snapshots;

		@DynamicPropertySource
		static void changeLog(DynamicPropertyRegistry registry) {
			registry.add("spring.liquibase.change-log", () -> changeLog);
		}

		MigrationSnapshots snapshots() {
			return this.snapshots;
		}

	}

}
