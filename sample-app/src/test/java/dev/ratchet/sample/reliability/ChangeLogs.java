package dev.ratchet.sample.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Changelogs written for one test under the test output directory, passed to the
 * application as {@code --spring.liquibase.change-log=file:…}.
 */
final class ChangeLogs {

	private ChangeLogs() {
	}

	/**
	 * Writes a YAML changelog of additive changesets, each sleeping a little (unless the sleep
	 * is zero) and then creating table {@code <prefix>NNN} in one DDL statement, so that a process killed at
	 * any point leaves no changeset half-applied, also where DDL commits as it runs.
	 * @param name the file name, without extension
	 * @param server the server the changelog runs on, for the sleep statement
	 * @param prefix the table name prefix
	 * @param count how many changesets
	 * @param sleepSeconds how long each changeset sleeps
	 * @return the file
	 */
	static Path createTables(String name, TestServer server, String prefix, int count, double sleepSeconds) {
		StringBuilder yaml = new StringBuilder("databaseChangeLog:\n");
		for (int i = 1; i <= count; i++) {
			String table = table(prefix, i);
			yaml.append("  - changeSet:\n")
				.append("      id: ").append(table).append('\n')
				.append("      author: it\n")
				.append("      changes:\n");
			if (sleepSeconds > 0) {
				yaml.append("        - sql: {sql: \"").append(server.sleep(sleepSeconds)).append("\"}\n");
			}
			yaml.append("        - createTable:\n")
				.append("            tableName: ").append(table).append('\n')
				.append("            columns:\n")
				.append("              - column: {name: id, type: bigint, constraints: {primaryKey: true}}\n")
				.append("              - column: {name: note, type: varchar(64)}\n");
		}
		return write(name + "-" + server.id() + ".yaml", yaml.toString());
	}

	/**
	 * Returns the name of the table the changeset of the given number creates.
	 * @param prefix the table name prefix
	 * @param number the changeset number, from 1
	 * @return the table name, such as {@code t007}
	 */
	static String table(String prefix, int number) {
		return prefix + String.format(Locale.ROOT, "%03d", number);
	}

	/**
	 * Writes a file under the {@code changelogs} directory of the test output.
	 * @param fileName the file name
	 * @param content the content
	 * @return the file, absolute
	 */
	static Path write(String fileName, String content) {
		Path file = SampleAppProcess.outputDirectory().resolve("changelogs").resolve(fileName);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * Returns the command-line argument that makes the application use a changelog.
	 * @param file the changelog
	 * @return {@code --spring.liquibase.change-log=file:…}
	 */
	static String changeLog(Path file) {
		return "--spring.liquibase.change-log=file:" + file;
	}

}
