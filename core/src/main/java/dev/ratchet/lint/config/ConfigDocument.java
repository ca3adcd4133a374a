package dev.ratchet.lint.config;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One document of an application configuration file: its properties, nested YAML flattened
 * to dotted names and lists to {@code [index]}, and the profiles it is for
 * ({@code spring.config.activate.on-profile}); a {@code .properties} file is one document.
 *
 * @param origin the file, for messages
 * @param properties the properties by name as written
 * @param onProfiles the profiles the document is for, empty when it is for every profile
 */
record ConfigDocument(String origin, Map<String, String> properties, List<String> onProfiles) {

	private static final int NESTING_LIMIT = 100;

	private static final int PROPERTY_LIMIT = 100_000;

	private static final List<String> ON_PROFILE = List.of("spring.config.activate.on-profile", "spring.profiles");

	ConfigDocument {
		properties = Map.copyOf(properties);
		onProfiles = List.copyOf(onProfiles);
	}

	/**
	 * Reads the documents of a file.
	 * @param origin the file, for messages
	 * @param text its text
	 * @return its documents, in order
	 * @throws IOException when it cannot be read
	 * @throws RuntimeException when its YAML is malformed
	 */
	static List<ConfigDocument> read(String origin, String text) throws IOException {
		List<Map<String, String>> documents = new ArrayList<>();
		if (origin.endsWith(".properties")) {
			Properties properties = new Properties();
			properties.load(new StringReader(text));
			Map<String, String> values = new LinkedHashMap<>();
			properties.stringPropertyNames().forEach((name) -> values.put(name, properties.getProperty(name)));
			documents.add(values);
		}
		else {
			for (Object document : yaml().loadAll(text)) {
				Map<String, String> values = new LinkedHashMap<>();
				flatten("", document, values, 0);
				documents.add(values);
			}
		}
		List<ConfigDocument> result = new ArrayList<>();
		for (Map<String, String> values : documents) {
			List<String> profiles = new ArrayList<>();
			for (String key : ON_PROFILE) {
				String value = values.remove(key);
				if (value != null) {
					for (String profile : value.split(",")) {
						if (!profile.isBlank()) {
							profiles.add(profile.trim());
						}
					}
				}
			}
			result.add(new ConfigDocument(origin, values, profiles));
		}
		return result;
	}

	/**
	 * Returns a YAML reader that keeps every scalar as written, as Spring Boot's binder sees
	 * it: {@code off} stays {@code off} rather than becoming {@code false}.
	 */
	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new Resolver() {

					@Override
					protected void addImplicitResolvers() {
					}

				});
	}

	/**
	 * Returns whether this document applies when some profiles are active.
	 * @param active the active profiles
	 * @return whether it applies
	 */
	boolean appliesTo(List<String> active) {
		return this.onProfiles.isEmpty() || this.onProfiles.stream().anyMatch(active::contains);
	}

	private static void flatten(String prefix, Object value, Map<String, String> into, int depth) {
		if (depth > NESTING_LIMIT || into.size() > PROPERTY_LIMIT) {
			throw new IllegalArgumentException("its aliases nest deeper than " + NESTING_LIMIT + " levels or expand to "
					+ "more than " + PROPERTY_LIMIT + " properties");
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, nested) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, nested,
					into, depth + 1));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				flatten(prefix + "[" + i + "]", list.get(i), into, depth + 1);
			}
		}
		else if (!prefix.isEmpty()) {
			into.put(prefix, (value != null) ? String.valueOf(value) : "");
		}
	}

}
