package dev.ratchet.boot.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.ratchet.boot.snapshot.MigrationSnapshots;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real application on a random port, for tests that go through HTTP.
 */
public final class RunningApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final HttpClient client = HttpClient.newHttpClient();

	private RunningApp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an application.
	 * @param configuration the configuration classes
	 * @param properties the properties, {@code key=value}
	 * @return the running application
	 */
	public static RunningApp start(Class<?>[] configuration, String... properties) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(configuration)
			.web(WebApplicationType.SERVLET)
			.properties("server.port=0", "spring.main.banner-mode=off")
			.properties(properties)
			.run();
		return new RunningApp(context);
	}

	/**
	 * Returns the application context.
	 * @return the context
	 */
	public ConfigurableApplicationContext context() {
		return this.context;
	}

	/**
	 * Sends a GET request.
	 * @param path the path, such as {@code /actuator/migrations}
	 * @return the response
	 */
	public HttpResponse<String> get(String path) {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits until the first migration state snapshot has been taken, as a readiness probe
	 * does; until then the gauges answer {@code UNKNOWN}.
	 * @return this application
	 */
	public RunningApp awaitFirstSnapshot() {
		MigrationSnapshots snapshots = this.context.getBean(MigrationSnapshots.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!snapshots.taken()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The first migration state snapshot was not taken within 30 s");
			}
			Thread.onSpinWait();
		}
		return this;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
