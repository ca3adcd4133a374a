package dev.ratchet.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard and the Prometheus alert rules in {@code docs/}, checked against a
 * real Prometheus that scrapes the sample app in every scenario they are written for:
 * up to date, verify-only on an empty database, one release behind (compat mode), an
 * update blocked or failed under {@code on-failure=continue}, a changeset applied by hand,
 * a stale lock, a database that went away and, later, the missing column appearing. Skipped with a message where
 * no Prometheus is installed ({@code apt-get install prometheus}).
 */
class ObservabilityTests {

	private static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();

	private static final Path DASHBOARD = DOCS.resolve("grafana/ratchet-dashboard.json");

	private static final Path ALERTS = DOCS.resolve("prometheus/ratchet-alerts.yml");

	private static final Path ALERT_TESTS = DOCS.resolve("prometheus/ratchet-alerts.test.yml");

	private static final Map<String, String> ALERT_SCENARIOS = Map.of("RatchetMigrationBlocked", "blocked",
			"RatchetMigrationFailed", "failed", "RatchetDriftError", "drifted", "RatchetCompatModeActive", "lagging",
			"RatchetStaleLock", "stale-lock", "RatchetRestartRequired", "lagging", "RatchetStateUnknown", "unknown");

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final Map<String, ConfigurableApplicationContext> apps = new LinkedHashMap<>();

	private static final Map<String, String> instances = new LinkedHashMap<>();

	private static Process prometheus;

	private static String prometheusUrl;

	private static Connection unknownDatabase;

	private static Path workDirectory;

	@BeforeAll
	static void startScenariosAndPrometheus() throws Exception {
		String binary = executable("prometheus");
		workDirectory = Files.createTempDirectory("ratchet-prometheus");
		start("healthy", List.of("--ratchet.refresh-interval=1h"));
		start("verify-only", List.of("--ratchet.migration.enabled=false"));
		start("lagging", List.of(), "lagging");
		String blocked = database("blocked");
		start("deployed", List.of(blocked)).close();
		apps.remove("deployed");
		instances.remove("deployed");
		start("blocked", List.of(blocked, "--ratchet.migration.on-failure=continue"), "destructive");
		start("failed", List.of("--spring.liquibase.change-log=classpath:db/failing.yaml",
				"--ratchet.migration.on-failure=continue"));
		start("drifted", List.of());
		execute("drifted", "INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, "
				+ "EXECTYPE) VALUES ('hotfix-1', 'ops', 'hotfix.sql', CURRENT_TIMESTAMP, 100, 'EXECUTED')");
		start("stale-lock", List.of());
		execute("stale-lock", "UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKEDBY = 'crashed-host', "
				+ "LOCKGRANTED = DATEADD('HOUR', -1, CURRENT_TIMESTAMP) WHERE ID = 1");
		String unknown = "jdbc:h2:mem:obs-unknown-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		unknownDatabase = DriverManager.getConnection(unknown, "sa", "");
		start("unknown", List.of("--spring.datasource.url=" + unknown + ";IFEXISTS=TRUE",
				"--spring.datasource.hikari.connection-timeout=500"));
		try (Statement statement = unknownDatabase.createStatement()) {
			statement.execute("SHUTDOWN");
		}
		get(instances.get("verify-only"), "/tasks");
		get(instances.get("lagging"), "/tasks");
		prometheus = startPrometheus(binary);
		waitFor(Duration.ofSeconds(60), () -> query("up == 1").size() == instances.size());
		waitFor(Duration.ofSeconds(30), () -> !query("migrations_status{status=\"UNKNOWN\"} == 1").isEmpty()
				&& !query("migrations_lock_age_seconds > 900").isEmpty());
		Thread.sleep(4000);
	}

	@AfterAll
	static void stopEverything() throws Exception {
		if (prometheus != null) {
			prometheus.destroy();
			prometheus.waitFor(10, TimeUnit.SECONDS);
		}
		apps.values().forEach(ConfigurableApplicationContext::close);
		if (unknownDatabase != null) {
			unknownDatabase.close();
		}
	}

	@Test
	void theAlertRulesAreValidAndTheirUnitTestsPass() throws Exception {
		assertThat(run(executable("promtool"), "check", "rules", ALERTS.toString())).contains("SUCCESS");
		assertThat(run(executable("promtool"), "test", "rules", ALERT_TESTS.toString())).contains("SUCCESS");
	}

	@Test
	void everyDashboardQueryParsesAndReturnsSeries() throws Exception {
		List<String> expressions = JsonPath.read(Files.readString(DASHBOARD), "$..targets[*].expr");
		assertThat(expressions).hasSizeGreaterThanOrEqualTo(12);
		for (String expression : expressions) {
			String promql = expression.replace("$__rate_interval", "1m")
				.replace("$__interval", "1m")
				.replace("$job", ".*")
				.replace("$instance", ".*")
				.replace("$bean", ".*");
			assertThat(query(promql)).as(promql).isNotEmpty();
		}
	}

	@Test
	void everyAlertFiresInItsScenarioAndNoneForTheHealthyInstance() throws Exception {
		Map<String, String> alerts = alerts();
		assertThat(alerts).containsOnlyKeys(ALERT_SCENARIOS.keySet());
		alerts.forEach((alert, expression) -> {
			if (!alert.equals("RatchetRestartRequired")) {
				assertThat(scenarios(query(expression))).as(alert + ": " + expression)
					.contains(ALERT_SCENARIOS.get(alert))
					.doesNotContain("healthy");
			}
		});
		assertThat(scenarios(query(alerts.get("RatchetRestartRequired")))).isEmpty();
		execute("lagging", "ALTER TABLE task ADD COLUMN due_date DATE");
		waitFor(Duration.ofSeconds(30),
				() -> scenarios(query(alerts.get("RatchetRestartRequired"))).contains("lagging"));
		assertThat(scenarios(query(alerts.get("RatchetRestartRequired")))).containsExactly("lagging");
	}

	@Test
	void eachScenarioShowsItsStateInTheMeters() throws Exception {
		assertThat(scrape("healthy")).contains("migrations_status{bean=\"liquibase\",status=\"UP_TO_DATE\"} 1.0",
				"migrations_changesets{bean=\"liquibase\",state=\"pending\"} 0.0",
				"migrations_update_seconds_count{bean=\"liquibase\",outcome=\"success\"} 1")
			.doesNotContain("migrations_compat_columns{");
		assertThat(scrape("verify-only")).contains("migrations_changesets{bean=\"liquibase\",state=\"applied\"} 0.0",
				"migrations_update_seconds_count{bean=\"liquibase\",outcome=\"skipped\"} 1",
				"migrations_compat_unavailable 2.0", "migrations_compat_rejected_total{entity=\"Task\"} 1.0");
		assertThat(scrape("lagging")).contains("migrations_changesets{bean=\"liquibase\",state=\"pending\"} 2.0",
				"migrations_status{bean=\"liquibase\",status=\"DRIFTED\"} 1.0",
				"migrations_compat_columns{entity=\"Task\"} 1.0",
				"migrations_compat_queries_total{usage=\"select\"} 1.0");
		assertThat(scrape("blocked")).contains("migrations_status{bean=\"liquibase\",status=\"BLOCKED\"} 1.0",
				"migrations_findings{bean=\"liquibase\",rule=\"drop-column\",severity=\"block\"} 1.0",
				"migrations_update_seconds_count{bean=\"liquibase\",outcome=\"blocked\"} 1");
		assertThat(scrape("failed")).contains("migrations_status{bean=\"liquibase\",status=\"FAILED\"} 1.0",
				"migrations_update_seconds_count{bean=\"liquibase\",outcome=\"failure\"} 1");
		assertThat(scrape("drifted")).contains("migrations_status{bean=\"liquibase\",status=\"DRIFTED\"} 1.0",
				"migrations_changesets{bean=\"liquibase\",state=\"unexpected\"} 1.0",
				"migrations_drift{bean=\"liquibase\",kind=\"unexpected-changeset\"} 1.0");
		assertThat(scrape("stale-lock")).contains("migrations_lock_held{bean=\"liquibase\"} 1.0");
		assertThat(scrape("unknown")).contains("migrations_status{bean=\"liquibase\",status=\"UNKNOWN\"} 1.0");
	}

	@Test
	void scrapingSendsNoSql() throws Exception {
		String before = scrape("healthy");
		for (int i = 0; i < 20; i++) {
			scrape("healthy");
		}
		assertThat(acquiredConnections(scrape("healthy"))).isEqualTo(acquiredConnections(before));
	}

	private static double acquiredConnections(String scrape) {
		return scrape.lines()
			.filter((line) -> line.startsWith("hikaricp_connections_acquire_seconds_count"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static ConfigurableApplicationContext start(String scenario, List<String> arguments, String... profiles) {
		List<String> all = new ArrayList<>(arguments);
		for (String argument : List.of("--server.port=0", "--ratchet.refresh-interval=1s", database(scenario))) {
			String name = argument.substring(0, argument.indexOf('=') + 1);
			if (arguments.stream().noneMatch((given) -> given.startsWith(name))) {
				all.add(argument);
			}
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
			.profiles(profiles)
			.run(all.toArray(String[]::new));
		apps.put(scenario, context);
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		instances.put(scenario, "127.0.0.1:" + port);
		return context;
	}

	private static String database(String scenario) {
		return "--spring.datasource.url=jdbc:h2:mem:obs-" + scenario + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	private static void execute(String scenario, String sql) throws SQLException {
		String url = apps.get(scenario).getEnvironment().getProperty("spring.datasource.url");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Process startPrometheus(String binary) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path config = workDirectory.resolve("prometheus.yml");
		Files.writeString(config, """
				global:
				  scrape_interval: 1s
				  evaluation_interval: 1s
				rule_files:
				  - %s
				scrape_configs:
				  - job_name: sample
				    metrics_path: /actuator/prometheus
				    static_configs:
				      - targets: [%s]
				""".formatted(ALERTS, String.join(", ", instances.values())));
		prometheusUrl = "http://127.0.0.1:" + port;
		return new ProcessBuilder(binary, "--config.file=" + config,
				"--storage.tsdb.path=" + workDirectory.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
			.redirectErrorStream(true)
			.redirectOutput(workDirectory.resolve("prometheus.log").toFile())
			.start();
	}

	private static Map<String, String> alerts() throws IOException {
		Map<String, String> alerts = new LinkedHashMap<>();
		try (InputStream input = Files.newInputStream(ALERTS)) {
			Map<String, List<Map<String, List<Map<String, Object>>>>> rules = new Yaml().load(input);
			rules.get("groups").forEach((group) -> group.get("rules").forEach((rule) -> {
				if (rule.get("alert") != null) {
					alerts.put(rule.get("alert").toString(), rule.get("expr").toString());
				}
			}));
		}
		return alerts;
	}

	private static List<Map<String, Object>> query(String promql) {
		try {
			String body = http.send(HttpRequest
				.newBuilder(URI.create(prometheusUrl + "/api/v1/query?query="
						+ URLEncoder.encode(promql, StandardCharsets.UTF_8)))
				.build(), BodyHandlers.ofString()).body();
			if (!body.startsWith("{")) {
				throw new IllegalStateException("Prometheus is not ready: " + body);
			}
			assertThat(JsonPath.<String>read(body, "$.status")).as(promql + " -> " + body).isEqualTo("success");
			return JsonPath.read(body, "$.data.result");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Prometheus did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> scenarios(List<Map<String, Object>> series) {
		List<String> scenarios = new ArrayList<>();
		for (Map<String, Object> each : series) {
			Object instance = ((Map<?, ?>) each.get("metric")).get("instance");
			instances.forEach((scenario, address) -> {
				if (address.equals(instance)) {
					scenarios.add(scenario);
				}
			});
		}
		return scenarios;
	}

	private static String scrape(String scenario) throws Exception {
		return get(instances.get(scenario), "/actuator/prometheus");
	}

	private static String get(String instance, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://" + instance + path)).build(), BodyHandlers.ofString())
			.body();
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
		return output;
	}

	private static void waitFor(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!holds(condition)) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Not true within " + timeout + "; Prometheus log in " + workDirectory);
			}
			Thread.sleep(500);
		}
	}

	private static boolean holds(BooleanSupplier condition) {
		try {
			return condition.getAsBoolean();
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	private static String executable(String name) {
		for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			Path candidate = Path.of(directory, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		String message = "Observability tests skipped: " + name + " is not installed (apt-get install prometheus)";
		System.err.println(message);
		Assumptions.abort(message);
		return null;
	}

}
