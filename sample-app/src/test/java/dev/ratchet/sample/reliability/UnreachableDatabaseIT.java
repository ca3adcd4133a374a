package dev.ratchet.sample.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that cannot be reached at boot stops the application in bounded time, with
 * the URL named without its password: PostgreSQL refusing connections or never answering,
 * and MariaDB refusing connections.
 */
class UnreachableDatabaseIT {

	private static final Duration BOUND = Duration.ofSeconds(60);

	@RegisterExtension
	final SampleApps apps = new SampleApps();

	@Test
	void aRefusedConnectionStopsStartupQuicklyNamingTheUrlWithoutThePassword() {
		SampleAppProcess app = this.apps.start("unreachable-refused",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/app?user=postgres&password=Secret123",
				"--spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml");
		assertThat(app.awaitExit(BOUND)).as(app.output()).isNotZero();
		System.err.println("Refused connection: exited after " + app.elapsed().toMillis() + " ms");
		assertThat(app.output()).contains("APPLICATION FAILED TO START")
			.contains("Could not connect to the database at jdbc:postgresql://127.0.0.1:1/app (spring.datasource.url)")
			.doesNotContain("Secret123");
	}

	@Test
	void aRefusedMariaDbConnectionStopsStartupQuicklyNamingTheUrlWithoutThePassword() {
		SampleAppProcess app = this.apps.start("unreachable-refused-mariadb",
				"--spring.datasource.url=jdbc:mariadb://127.0.0.1:1/app?user=root&password=Secret123",
				"--spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml");
		assertThat(app.awaitExit(BOUND)).as(app.output()).isNotZero();
		System.err.println("Refused MariaDB connection: exited after " + app.elapsed().toMillis() + " ms");
		assertThat(app.output()).contains("APPLICATION FAILED TO START")
			.contains("Could not connect to the database at jdbc:mariadb://127.0.0.1:1/app (spring.datasource.url)")
			.doesNotContain("Secret123");
	}

	@Test
	void aDatabaseThatNeverAnswersStopsStartupWithinTheTimeoutsOnTheUrl() throws IOException {
		try (SilentServer server = new SilentServer()) {
			String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/app?user=postgres&password=Secret123"
					+ "&connectTimeout=5&loginTimeout=5";
			SampleAppProcess app = this.apps.start("unreachable-silent", "--spring.datasource.url=" + url,
					"--spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml");
			assertThat(app.awaitExit(BOUND)).as(app.output()).isNotZero();
			System.err.println("Silent server, loginTimeout=5: exited after " + app.elapsed().toMillis() + " ms");
			assertThat(server.accepted()).isPositive();
			assertThat(app.output()).contains("APPLICATION FAILED TO START")
				.contains("Could not connect to the database at jdbc:postgresql://127.0.0.1:" + server.port()
						+ "/app?connectTimeout=5&loginTimeout=5 (spring.datasource.url)")
				.doesNotContain("Secret123");
		}
	}

	/**
	 * A server that accepts TCP connections and never answers, like a database host whose
	 * process hangs.
	 */
	private static final class SilentServer implements AutoCloseable {

		private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final List<Socket> connections = new CopyOnWriteArrayList<>();

		private final Thread acceptor = new Thread(this::accept, "silent-server");

		SilentServer() throws IOException {
			this.acceptor.setDaemon(true);
			this.acceptor.start();
		}

		private void accept() {
			while (!this.socket.isClosed()) {
				try {
					this.connections.add(this.socket.accept());
				}
				catch (IOException ex) {
					return;
				}
			}
		}

		int port() {
			return this.socket.getLocalPort();
		}

		int accepted() {
			return this.connections.size();
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
			for (Socket connection : this.connections) {
				connection.close();
			}
		}

	}

}
