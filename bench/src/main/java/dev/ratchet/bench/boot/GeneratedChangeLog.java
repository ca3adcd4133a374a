package dev.ratchet.bench.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a YAML changelog of additive changesets: tables of ten columns, each created by
 * one changeset and widened by nine more, as a long-lived application's history reads.
 */
final class GeneratedChangeLog {

	private static final int COLUMNS = 10;

	private GeneratedChangeLog() {
	}

	/**
	 * Writes the changelog to a temporary file.
	 * @param changeSets how many changesets, a multiple of ten
	 * @return the file
	 * @throws IOException if it cannot be written
	 */
	static Path write(int changeSets) throws IOException {
		StringBuilder yaml = new StringBuilder("databaseChangeLog:\n");
		for (int table = 1; table <= changeSets / COLUMNS; table++) {
			String name = String.format("t%04d", table);
			yaml.append(changeSet(name + "-create", """
					        - createTable:
					            tableName: %s
					            columns:
					              - column: {name: id, type: bigint, constraints: {primaryKey: true}}
					""".formatted(name)));
			for (int column = 1; column < COLUMNS; column++) {
				yaml.append(changeSet(name + "-c" + column, """
						        - addColumn:
						            tableName: %s
						            columns:
						              - column: {name: c%d, type: varchar(100)}
						""".formatted(name, column)));
			}
		}
		Path file = Files.createTempFile("ratchet-boot-changelog", ".yaml");
		Files.writeString(file, yaml);
		return file;
	}

	private static String changeSet(String id, String changes) {
		return """
				  - changeSet:
				      id: %s
				      author: bench
				      changes:
				%s""".formatted(id, changes);
	}

}
