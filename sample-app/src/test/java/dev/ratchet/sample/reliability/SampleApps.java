package dev.ratchet.sample.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application processes and databases one test starts. After the test every process
 * still running is killed, when the test failed the output of each is printed, and then the
 * databases are dropped.
 */
final class SampleApps implements AfterEachCallback {

	private final List<SampleAppProcess> started = new CopyOnWriteArrayList<>();

	private final List<TestDatabase> databases = new CopyOnWriteArrayList<>();

	/**
	 * Creates a fresh database for the test, dropped once its processes are gone.
	 * @param server the server to create it on
	 * @return the database
	 */
	TestDatabase createDatabase(TestServer server) {
		TestDatabase database = server.createDatabase();
		this.databases.add(database);
		return database;
	}

	/**
	 * Starts the sample application in a JVM of its own.
	 * @param name a name for the process, also the name of its output file
	 * @param arguments command-line arguments, {@code --key=value}
	 * @return the running process
	 * @see SampleAppProcess#start(String, String...)
	 */
	SampleAppProcess start(String name, String... arguments) {
		SampleAppProcess process = SampleAppProcess.start(name, arguments);
		this.started.add(process);
		return process;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		for (SampleAppProcess process : this.started) {
			process.close();
		}
		if (context.getExecutionException().isPresent()) {
			for (SampleAppProcess process : this.started) {
				System.err.println("----- output of " + process + " -----");
				System.err.println(process.output());
			}
		}
		this.started.clear();
		for (TestDatabase database : this.databases) {
			database.close();
		}
		this.databases.clear();
	}

}
