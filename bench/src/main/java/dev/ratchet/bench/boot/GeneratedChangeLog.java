package dev.ratchet.bench.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a YAML changelog of additive changesets as a long-lived application's history
 * reads: each table is created by one changeset, widened by two more and indexed by a
 * fourth.
 */
final class GeneratedChangeLog {

	/**
	 * Changesets per table: create, two added columns, an index.
	 */
	static final int PER_TABLE = 4;

	private GeneratedChangeLog() {
	}

	/**
	 * Writes the changelog to a temporary file.
	 * @param changeSets how many changesets, a multiple of four
	 * @return the file
	 * @throws IOException if it cannot be written
	 */
	static Path write(int changeSets) throws IOException {
		StringBuilder yaml = new StringBuilder("databaseChangeLog:\n");
		for (int table = 1; table <= changeSets / PER_TABLE; table++) {
			String name = String.format("t%04d", table);
			yaml.append(changeSet(name + "-create", """
					        - createTable:
					            tableName: %s
					            columns:
					              - column: {name: id, type: bigint, constraints: {primaryKey: true}}
					              - column: {name: name, type: varchar(100)}
					""".formatted(name)));
			for (int column = 1; column <= 2; column++) {
				yaml.append(changeSet(name + "-c" + column, """
						        - addColumn:
						            tableName: %s
						            columns:
						              - column: {name: c%d, type: varchar(100)}
						""".formatted(name, column)));
			}
			yaml.append(changeSet(name + "-index", """
					        - createIndex:
					            tableName: %s
					            indexName: %s_c1
					            columns:
					              - column: {name: c1}
					""".formatted(name, name)));
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
