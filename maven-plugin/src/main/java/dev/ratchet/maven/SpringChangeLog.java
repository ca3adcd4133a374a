package dev.ratchet.maven;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The changelog a Spring Boot application runs: {@code spring.liquibase.change-log} as its
 * {@code application.properties}, {@code application.yml} or {@code application.yaml} sets
 * it (in Boot's order: properties win over YAML, the first resource folder over the next),
 * or Boot's default. Profile-specific files and YAML documents activated by a profile are
 * not read.
 */
final class SpringChangeLog {

	/** The changelog Spring Boot runs when none is configured. */
	static final String DEFAULT = "db/changelog/db.changelog-master.yaml";

	private static final List<String> FILES = List.of("application.properties", "application.yml",
			"application.yaml");

	private static final List<String> KEYS = List.of("spring.liquibase.change-log", "spring.liquibase.changeLog");

	private static final List<String> PROFILE_KEYS = List.of("spring.config.activate.on-profile", "spring.profiles");

	private SpringChangeLog() {
	}

	/**
	 * Finds {@code spring.liquibase.change-log} in the application configuration of some
	 * resource folders.
	 * @param resourceFolders the folders, in the build's order
	 * @return the configured changelog, as written (such as
	 * {@code classpath:db/changelog/db.changelog-master.yaml}), or empty when none sets it
	 * @throws IOException when a configuration file cannot be read
	 */
	static Optional<String> in(List<File> resourceFolders) throws IOException {
		for (File folder : resourceFolders) {
			for (String name : FILES) {
				File file = new File(folder, name);
				if (file.isFile()) {
					Optional<String> changeLog = changeLog(read(file));
					if (changeLog.isPresent()) {
						return changeLog;
					}
				}
			}
		}
		return Optional.empty();
	}

	private static Map<String, Object> read(File file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
			if (file.getName().endsWith(".properties")) {
				Properties properties = new Properties();
				properties.load(reader);
				Map<String, Object> values = new LinkedHashMap<>();
				properties.stringPropertyNames().forEach((key) -> values.put(key, properties.getProperty(key)));
				return values;
			}
			return yaml(reader);
		}
		catch (YAMLException ex) {
			throw new IOException(file + " is not valid YAML: " + ex.getMessage(), ex);
		}
	}

	private static Map<String, Object> yaml(Reader reader) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
			Map<String, Object> flat = new LinkedHashMap<>();
			flatten("", document, flat);
			if (PROFILE_KEYS.stream().noneMatch(flat::containsKey)) {
				values.putAll(flat);
			}
		}
		return values;
	}

	private static void flatten(String prefix, Object value, Map<String, Object> into) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, nested) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, nested,
					into));
		}
		else if (!prefix.isEmpty()) {
			into.put(prefix, value);
		}
	}

	private static Optional<String> changeLog(Map<String, Object> values) {
		return KEYS.stream()
			.map(values::get)
			.filter((value) -> value != null && !String.valueOf(value).isBlank())
			.map((value) -> String.valueOf(value).trim())
			.findFirst();
	}

}
