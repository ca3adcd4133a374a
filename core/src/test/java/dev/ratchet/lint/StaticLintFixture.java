package dev.ratchet.lint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of changelogs written by a test, and the command line run on it.
 */
public final class StaticLintFixture {

	private final Path root;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	public StaticLintFixture(Path root) {
		this.root = root;
	}

	public Path root() {
		return this.root;
	}

	public Path write(String path, String content) {
		Path file = this.root.resolve(path);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	public Path append(String path, String content) {
		try {
			return write(path, Files.readString(this.root.resolve(path), StandardCharsets.UTF_8) + content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int lint(String... args) {
		return lint(LintCommand.class.getClassLoader(), args);
	}

	public int lint(ClassLoader classLoader, String... args) {
		this.out.reset();
		this.err.reset();
		List<String> all = new ArrayList<>(List.of(args));
		return LintCommand.run(all.toArray(String[]::new), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), classLoader);
	}

	public String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	public String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	public static String yaml(String... changeSets) {
		return "databaseChangeLog:\n" + String.join("", changeSets);
	}

	public static String changeSet(String id, String changes) {
		return "  - changeSet:\n      id: " + id + "\n      author: ana\n      changes:\n" + changes;
	}

	public static String createCustomer() {
		return "        - createTable:\n            tableName: customer\n            columns:\n"
				+ "              - column: {name: id, type: int}\n              - column: {name: legacy_ref, type: varchar(20)}\n";
	}

	public static String dropLegacyRef() {
		return "        - dropColumn: {tableName: customer, columnName: legacy_ref}\n";
	}

	public static String addNickname(String type) {
		return "        - addColumn:\n            tableName: customer\n            columns:\n"
				+ "              - column: {name: nickname, type: '" + type + "'}\n";
	}

}
