package dev.ratchet.sample.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Changelogs written for one test under {@code target/reliability}, passed to the
 * application as {@code --spring.liquibase.change-log=file:…}.
 */
final class ChangeLogs {

	private ChangeLogs() {
	}

	/**
	 * Writes a YAML changelog of additive changesets, each creating table
	 * {@code <prefix>NNN} and sleeping a little in the same transaction.
	 * @param name the file name, without extension
	 * @param prefix the table name prefix
	 * @param count how many changesets
	 * @param sleepSeconds how long each changeset sleeps
	 * @return the file
	 */
	static Path createTables(String name, String prefix, int count, double sleepSeconds) {
		StringBuilder yaml = new StringBuilder("databaseChangeLog:\n");
		for (int i = 1; i <= count; i++) {
			String table = table(prefix, i);
			yaml.append("  - changeSet:\n")
				.append("      id: ").append(table).append('\n')
				.append("      author: it\n")
				.append("      changes:\n")
				.append("        - createTable:\n")
				.append("            tableName: ").append(table).append('\n')
				.append("            columns:\n")
				.append("              - column: {name: id, type: bigint, constraints: {primaryKey: true}}\n")
				.append("              - column: {name: note, type: varchar(64)}\n")
				.append("        - sql: {sql: \"SELECT pg_sleep(")
				.append(String.format(Locale.ROOT, "%.3f", sleepSeconds))
				.append(")\"}\n");
		}
		return write(name + ".yaml", yaml.toString());
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
	 * Writes a file under {@code target/reliability/changelogs}.
	 * @param fileName the file name
	 * @param content the content
	 * @return the file, absolute
	 */
	static Path write(String fileName, String content) {
		Path file = Paths.get("target", "reliability", "changelogs", fileName).toAbsolutePath();
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
