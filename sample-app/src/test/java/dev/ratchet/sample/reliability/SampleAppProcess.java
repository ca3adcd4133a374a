package dev.ratchet.sample.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import dev.ratchet.sample.SampleApplication;
import org.junit.jupiter.api.Assertions;

/**
 * The sample application running in a JVM of its own on the test JVM's classpath, so on the
 * Liquibase the test runs with, its output captured to a file under the test output
 * directory. Closing it kills the process.
 */
final class SampleAppProcess implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final String STARTED = "Started SampleApplication in";

	private final String name;

	private final Process process;

	private final Path output;

	private final long startedAt = System.nanoTime();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private SampleAppProcess(String name, Process process, Path output) {
		this.name = name;
		this.process = process;
		this.output = output;
	}

	/**
	 * Starts the application with test-friendly defaults: a random port, no banner,
	 * no schema validation by Hibernate and every actuator endpoint Ratchet adds exposed.
	 * @param name a name for the process, also the name of its output file
	 * @param arguments command-line arguments, {@code --key=value}, after the defaults
	 * @return the running process
	 */
	static SampleAppProcess start(String name, String... arguments) {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), SampleApplication.class.getName(),
				"--server.port=0", "--spring.main.banner-mode=off", "--spring.jpa.hibernate.ddl-auto=none",
				"--management.endpoints.web.exposure.include=health,migrations",
				"--management.endpoint.health.show-details=always"));
		command.addAll(List.of(arguments));
		Path output = outputDirectory().resolve(name + ".log");
		try {
			Files.createDirectories(output.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			return new SampleAppProcess(name, process, output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
	}

	/**
	 * Returns the directory the processes' output and the tests' changelogs go to: the
	 * {@code ratchet.reliability.output} system property, else {@code target/reliability}.
	 * @return the directory, absolute
	 */
	static Path outputDirectory() {
		return Paths.get(System.getProperty("ratchet.reliability.output", "target/reliability")).toAbsolutePath();
	}

	/**
	 * Waits until the application has started and checks, when the
	 * {@code ratchet.liquibase.expected} system property names a version, that its
	 * {@code /actuator/migrations} reports that Liquibase.
	 * @param timeout how long to wait
	 * @return this process
	 */
	SampleAppProcess awaitStarted(Duration timeout) {
		await(timeout, () -> output().contains(STARTED) || !this.process.isAlive(), "to start");
		if (!output().contains(STARTED)) {
			Assertions.fail(this.name + " exited with " + this.process.exitValue() + " instead of starting:"
					+ System.lineSeparator() + output());
		}
		assertLiquibaseVersion();
		return this;
	}

	private void assertLiquibaseVersion() {
		String expected = System.getProperty("ratchet.liquibase.expected");
		if (expected != null) {
			String version = JsonPath.read(get("/actuator/migrations"),
					"$.liquibaseBeans.liquibase.changeLog.liquibaseVersion");
			Assertions.assertTrue(version.startsWith(expected),
					() -> this.name + " ran Liquibase " + version + " instead of " + expected);
			System.err.println(this.name + " ran Liquibase " + version);
		}
	}

	/**
	 * Waits until the process has exited.
	 * @param timeout how long to wait
	 * @return its exit code
	 */
	int awaitExit(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				Assertions.fail(this.name + " still runs after " + timeout + ":" + System.lineSeparator() + output());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return this.process.exitValue();
	}

	/**
	 * Returns how long the process has run, or ran until it exited.
	 * @return the elapsed time
	 */
	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.startedAt);
	}

	/**
	 * Waits for a condition, failing with the output when it does not come true in time.
	 * @param timeout how long to wait
	 * @param condition the condition, polled
	 * @param what what is awaited, for the failure message
	 */
	void await(Duration timeout, BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				Assertions.fail(this.name + " did not come " + what + " within " + timeout + ":"
						+ System.lineSeparator() + output());
			}
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Returns everything the process has printed so far.
	 * @return its output
	 */
	String output() {
		try {
			return Files.readString(this.output, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Sends a GET request to the started application.
	 * @param path the path, such as {@code /actuator/migrations}
	 * @return the response body
	 */
	String get(String path) {
		Matcher port = PORT.matcher(output());
		if (!port.find()) {
			Assertions.fail(this.name + " announced no port:" + System.lineSeparator() + output());
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.group(1) + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			Assertions.assertEquals(200, response.statusCode(), response::body);
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Kills the process with SIGKILL and waits for it to end.
	 */
	void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Returns the file the process writes its output to.
	 * @return the file
	 */
	Path outputFile() {
		return this.output;
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	@Override
	public String toString() {
		return this.name + " (" + this.output + ")";
	}

}
