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
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;

/**
 * The sample application's repackaged jar running in a JVM of its own, its output captured
 * to a file under {@code target/reliability}. Closing it kills the process.
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
	 * Starts the application with PostgreSQL-friendly defaults: a random port, no banner,
	 * no schema validation by Hibernate and every actuator endpoint Ratchet adds exposed.
	 * @param name a name for the process, also the name of its output file
	 * @param arguments command-line arguments, {@code --key=value}, after the defaults
	 * @return the running process
	 */
	static SampleAppProcess start(String name, String... arguments) {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Xmx256m", "-jar", jar().toString(), "--server.port=0", "--spring.main.banner-mode=off",
				"--spring.jpa.hibernate.ddl-auto=none", "--management.endpoints.web.exposure.include=health,migrations",
				"--management.endpoint.health.show-details=always"));
		command.addAll(List.of(arguments));
		Path output = Paths.get("target", "reliability", name + ".log").toAbsolutePath();
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

	private static Path jar() {
		String configured = System.getProperty("ratchet.sample.jar");
		if (configured != null) {
			return Paths.get(configured).toAbsolutePath();
		}
		try (Stream<Path> files = Files.list(Paths.get("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("ratchet-sample-app-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No sample application jar in target: run mvn package"))
				.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until the application has started.
	 * @param timeout how long to wait
	 * @return this process
	 */
	SampleAppProcess awaitStarted(Duration timeout) {
		await(timeout, () -> output().contains(STARTED) || !this.process.isAlive(), "to start");
		if (!output().contains(STARTED)) {
			Assertions.fail(this.name + " exited with " + this.process.exitValue() + " instead of starting:"
					+ System.lineSeparator() + output());
		}
		return this;
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
