package dev.ratchet.sample;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.ratchet.boot.compat.DegradedColumnWriteException;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.snapshot.SnapshotRefresher;
import dev.ratchet.compat.CompatState;
import dev.ratchet.compat.CompatState.DegradedColumn;
import dev.ratchet.compat.RatchetSchema;
import dev.ratchet.sample.task.Task;
import dev.ratchet.sample.task.TaskRepository;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import dev.ratchet.state.PendingChangeSet;
import dev.ratchet.state.RunOutcome;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code lagging} profile: a verify-only instance whose database is at release 2 while
 * its entities map release 3, kept running by compat mode.
 */
class LaggingProfileTests {

	private static final List<String> RELEASE_3 = List.of("db/changelog/releases/r3.yaml::r3-add-task-due-date::sample",
			"db/changelog/releases/r3.yaml::r3-backfill-task-due-date::sample");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void startsOneReleaseBehindWithReleaseThreePendingAndCompatActiveOnTaskDueDate() throws Exception {
		try (ConfigurableApplicationContext context = run(database())) {
			MigrationState state = context.getBean(MigrationSnapshots.class).current().get("liquibase");
			assertThat(state.status()).isEqualTo(MigrationStatus.DRIFTED);
			assertThat(state.pending()).extracting(PendingChangeSet::changeSet).containsExactlyElementsOf(RELEASE_3);
			assertThat(state.lastRun().outcome()).isEqualTo(RunOutcome.SKIPPED);
			assertThat(state.lastRun().ran()).isZero();
			assertThat(state.compat().active()).isTrue();
			assertThat(state.compat().restartRequired()).isFalse();
			assertThat(state.compat().columns()).containsExactly(new DegradedColumn("Task", "task", "due_date"));
			assertThat(state.compat().unavailable()).isEmpty();
			assertThat(appliedChangeSets(context)).allSatisfy((changeSet) -> assertThat(changeSet)
				.matches("db/changelog/releases/r[12]\\.yaml::.*")).hasSize(6);
			RatchetSchema schema = context.getBean(RatchetSchema.class);
			assertThat(schema.hasTable("task")).isTrue();
			assertThat(schema.hasColumn("task", "due_date")).isFalse();
			assertThat(schema.hasColumn("app_user", "phone")).isTrue();

			DocumentContext migrations = JsonPath.parse(get(context, "/actuator/migrations").body());
			assertThat(migrations.read("$.status", String.class)).isEqualTo("DRIFTED");
			assertThat(migrations.read("$.liquibaseBeans.liquibase.pending[*].changeSet", List.class))
				.containsExactlyElementsOf(RELEASE_3);
			assertThat(migrations.read("$.liquibaseBeans.liquibase.compat", Map.class))
				.containsEntry("active", true)
				.containsEntry("restartRequired", false)
				.containsEntry("columns", List.of(Map.of("entity", "Task", "table", "task", "column", "due_date")))
				.containsEntry("unavailable", List.of());
			assertThat(migrations.read("$.liquibaseBeans.liquibase.suggestedChangeLog", String.class))
				.contains("- addColumn:\n        tableName: task\n        columns:\n        - column:\n"
						+ "            name: due_date\n            type: date\n")
				.doesNotContainIgnoringCase("drop");
		}
	}

	@Test
	void readsTasksWithNoDueDate() throws Exception {
		try (ConfigurableApplicationContext context = run(database())) {
			HttpResponse<String> response = get(context, "/tasks");
			assertThat(response.statusCode()).isEqualTo(200);
			DocumentContext tasks = JsonPath.parse(response.body());
			assertThat(tasks.read("$[*].title", List.class)).containsExactly("Try Ratchet");
			assertThat(tasks.read("$[0].ownerEmail", String.class)).isEqualTo("ana@example.com");
			assertThat(tasks.read("$[0]", Map.class)).containsEntry("dueDate", null);
			assertThat(context.getBean(TaskRepository.class).findAll()).singleElement()
				.satisfies((task) -> assertThat(task.getDueDate()).isNull());
		}
	}

	@Test
	void refusesToSetADueDateWithA409NamingTaskAndDueDateAndWritesNothing() throws Exception {
		try (ConfigurableApplicationContext context = run(database())) {
			List<Map<String, Object>> before = tasksInTheDatabase(context);
			long id = ((Number) before.get(0).get("ID")).longValue();

			HttpResponse<String> response = put(context, "/tasks/" + id + "/due-date", "{\"dueDate\":\"2026-12-01\"}");
			assertThat(response.statusCode()).isEqualTo(409);
			DocumentContext problem = JsonPath.parse(response.body());
			assertThat(problem.read("$.entity", String.class)).isEqualTo("Task");
			assertThat(problem.read("$.property", String.class)).isEqualTo("dueDate");
			assertThat(problem.read("$.column", String.class)).isEqualTo("task.due_date");
			assertThat(problem.read("$.detail", String.class)).contains("Task.dueDate", "task.due_date");

			TaskRepository repository = context.getBean(TaskRepository.class);
			Task task = repository.findById(id).orElseThrow();
			task.setDueDate(LocalDate.of(2026, 12, 1));
			assertThatExceptionOfType(DegradedColumnWriteException.class)
				.isThrownBy(() -> repository.saveAndFlush(task))
				.satisfies((ex) -> {
					assertThat(ex.getEntity()).isEqualTo("Task");
					assertThat(ex.getProperty()).isEqualTo("dueDate");
					assertThat(ex.getColumn()).isEqualTo("task.due_date");
				});

			assertThat(tasksInTheDatabase(context)).isEqualTo(before);
			assertThat(repository.findById(id)).get().satisfies((read) -> assertThat(read.getDueDate()).isNull());
			assertThat(appliedChangeSets(context)).hasSize(6);
		}
	}

	@Test
	void clearingADueDateCarriesNoValueAndIsWritten() throws Exception {
		try (ConfigurableApplicationContext context = run(database())) {
			long id = ((Number) tasksInTheDatabase(context).get(0).get("ID")).longValue();
			HttpResponse<String> response = put(context, "/tasks/" + id + "/due-date", "{\"dueDate\":null}");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(JsonPath.parse(response.body()).read("$", Map.class)).containsEntry("dueDate", null);
		}
	}

	@Test
	void aSecondStartFindsReleaseTwoDeployedAndMigratesNothing() {
		String database = database();
		try (ConfigurableApplicationContext first = run(database)) {
			assertThat(appliedChangeSets(first)).hasSize(6);
		}
		try (ConfigurableApplicationContext second = run(database)) {
			assertThat(appliedChangeSets(second)).hasSize(6);
			MigrationState state = second.getBean(MigrationSnapshots.class).current().get("liquibase");
			assertThat(state.applied()).isEqualTo(6);
			assertThat(state.pending()).extracting(PendingChangeSet::changeSet).containsExactlyElementsOf(RELEASE_3);
		}
	}

	@Test
	void onceReleaseThreeIsDeployedTheNextRefreshSaysRestartRequired() throws Exception {
		String database = database();
		try (ConfigurableApplicationContext context = run(database)) {
			deploy(database.substring("--spring.datasource.url=".length()),
					"db/changelog/db.changelog-master.yaml");
			MigrationSnapshots snapshots = context.getBean(MigrationSnapshots.class);
			context.getBean(SnapshotRefresher.class).refresh();
			MigrationState state = snapshots.current().get("liquibase");
			assertThat(state.pending()).isEmpty();
			CompatState compat = state.compat();
			assertThat(compat.active()).isTrue();
			assertThat(compat.restartRequired()).isTrue();
			assertThat(context.getBean(RatchetSchema.class).hasColumn("task", "due_date")).isTrue();
			assertThat(JsonPath.parse(get(context, "/actuator/migrations").body())
				.read("$.liquibaseBeans.liquibase.compat.restartRequired", Boolean.class)).isTrue();
		}
	}

	private static String database() {
		return "--spring.datasource.url=jdbc:h2:mem:lagging-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	private static ConfigurableApplicationContext run(String database) {
		return new SpringApplicationBuilder(SampleApplication.class).web(WebApplicationType.SERVLET)
			.profiles("lagging")
			.run(database, "--server.port=0");
	}

	private static List<String> appliedChangeSets(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForList("select filename || '::' || id || '::' || author from databasechangelog order by orderexecuted",
					String.class);
	}

	private static List<Map<String, Object>> tasksInTheDatabase(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class).queryForList("select * from task order by id");
	}

	private HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(context, path)).GET().build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> put(ConfigurableApplicationContext context, String path, String json)
			throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(context, path))
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(json))
			.build(), BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext context, String path) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static void deploy(String url, String changeLog) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			Scope.child(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(),
					() -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
						.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
								DatabaseFactory.getInstance()
									.findCorrectDatabaseImplementation(new JdbcConnection(connection)))
						.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changeLog)
						.setOutput(OutputStream.nullOutputStream())
						.execute());
		}
	}

}
