package dev.ratchet.lint.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.ratchet.lint.ChangeLogLintException;

/**
 * An application's Spring configuration as static lint reads it: {@code application.properties},
 * {@code .yaml} and {@code .yml} at the root and in {@code config/} of the search path, then
 * their profile-specific files, then files given explicitly, each later source winning, and
 * in one folder a {@code .properties} file over YAML, as Spring Boot orders them. Names are
 * matched as Spring binds them (case, dashes and underscores aside) and values have their
 * placeholders resolved.
 */
public final class ApplicationConfig {

	private static final List<String> EXTENSIONS = List.of("yml", "yaml", "properties");

	private static final List<String> FOLDERS = List.of("", "config/");

	private final List<ConfigDocument> documents;

	private final List<String> profiles;

	private final Placeholders placeholders;

	private ApplicationConfig(List<ConfigDocument> lowestFirst, List<String> profiles, Map<String, String> environment) {
		List<ConfigDocument> highestFirst = new ArrayList<>(lowestFirst);
		Collections.reverse(highestFirst);
		this.documents = List.copyOf(highestFirst);
		this.profiles = List.copyOf(profiles);
		this.placeholders = new Placeholders(environment, (name) -> raw(name).map(Property::value).orElse(null));
	}

	/**
	 * Returns a configuration that sets nothing.
	 * @return the configuration
	 */
	public static ApplicationConfig none() {
		return new ApplicationConfig(List.of(), List.of(), Map.of());
	}

	/**
	 * Reads an application's configuration.
	 * @param searchPath the folders and jars the application's classpath resources come from
	 * @param files configuration files, or folders holding {@code application.*} files, that win
	 * over those of the search path, later ones over earlier ones
	 * @param profiles the active profiles, or empty to take {@code spring.profiles.active} from
	 * the configuration
	 * @param environment the environment variables placeholders are resolved from
	 * @return the configuration
	 * @throws ChangeLogLintException when a file cannot be read or parsed, naming it
	 */
	public static ApplicationConfig read(List<Path> searchPath, List<Path> files, List<String> profiles,
			Map<String, String> environment) throws ChangeLogLintException {
		for (Path file : files) {
			if (!Files.exists(file)) {
				throw new ChangeLogLintException("Configuration file " + file + " does not exist", null);
			}
		}
		List<ConfigDocument> searchBase = new ArrayList<>();
		for (String folder : FOLDERS) {
			searchBase.addAll(fromSearchPath(searchPath, folder + "application"));
		}
		List<List<ConfigDocument>> filesBase = new ArrayList<>();
		for (Path file : files) {
			filesBase.add(Files.isDirectory(file) ? fromFolder(file, "application") : readFile(file));
		}
		List<String> active = profiles;
		if (active.isEmpty()) {
			List<ConfigDocument> base = new ArrayList<>(searchBase);
			filesBase.forEach(base::addAll);
			ApplicationConfig defaults = new ApplicationConfig(base, List.of(), environment);
			active = defaults.list("spring.profiles.active").stream().map(Property::value).toList();
		}
		List<ConfigDocument> all = new ArrayList<>(searchBase);
		for (String profile : active) {
			for (String folder : FOLDERS) {
				all.addAll(fromSearchPath(searchPath, folder + "application-" + profile));
			}
		}
		for (int i = 0; i < files.size(); i++) {
			all.addAll(filesBase.get(i));
			if (Files.isDirectory(files.get(i))) {
				for (String profile : active) {
					all.addAll(fromFolder(files.get(i), "application-" + profile));
				}
			}
		}
		List<String> activeProfiles = active;
		return new ApplicationConfig(all.stream().filter((document) -> document.appliesTo(activeProfiles)).toList(),
				active, environment);
	}

	/**
	 * Returns the active profiles.
	 * @return the profiles, in order
	 */
	public List<String> profiles() {
		return this.profiles;
	}

	/**
	 * Returns the files read, each once, in the order they were read.
	 * @return the files
	 */
	public List<String> files() {
		List<String> files = new ArrayList<>();
		for (int i = this.documents.size() - 1; i >= 0; i--) {
			String origin = this.documents.get(i).origin();
			if (!files.contains(origin)) {
				files.add(origin);
			}
		}
		return files;
	}

	/**
	 * Returns a property, its placeholders resolved.
	 * @param name the property's name in any of Spring's forms
	 * @return the property, or empty when no source sets it
	 * @throws IllegalArgumentException when a placeholder cannot be resolved
	 */
	public Optional<Property> property(String name) {
		return raw(name).map(this::resolved);
	}

	/**
	 * Returns a list property: the indexed entries, or the comma-separated value, of the
	 * source with the highest precedence that sets it.
	 * @param name the list's name
	 * @return its items, placeholders resolved
	 */
	public List<Property> list(String name) {
		String uniform = uniform(name);
		for (ConfigDocument document : this.documents) {
			List<Property> items = new ArrayList<>();
			for (Map.Entry<String, String> entry : document.properties().entrySet()) {
				String key = uniform(entry.getKey());
				if (key.startsWith(uniform + "[") && key.endsWith("]")) {
					items.add(resolved(new Property(entry.getKey(), entry.getValue(), document.origin())));
				}
			}
			if (!items.isEmpty()) {
				items.sort(Comparator.comparingInt((item) -> index(item.name())));
				return items;
			}
			for (Map.Entry<String, String> entry : document.properties().entrySet()) {
				if (uniform(entry.getKey()).equals(uniform)) {
					Property property = resolved(new Property(entry.getKey(), entry.getValue(), document.origin()));
					List<Property> split = new ArrayList<>();
					for (String item : property.value().split(",")) {
						if (!item.isBlank()) {
							split.add(new Property(property.name(), item.trim(), property.origin()));
						}
					}
					return split;
				}
			}
		}
		return List.of();
	}

	/**
	 * Returns a map property: every key under a prefix, as written, each from the source with
	 * the highest precedence that sets it.
	 * @param prefix the map's name, such as {@code ratchet.validation.rules}
	 * @return the entries by key, placeholders resolved
	 */
	public Map<String, Property> map(String prefix) {
		String uniform = uniform(prefix);
		Map<String, Property> entries = new LinkedHashMap<>();
		for (int i = this.documents.size() - 1; i >= 0; i--) {
			ConfigDocument document = this.documents.get(i);
			for (Map.Entry<String, String> entry : document.properties().entrySet()) {
				String key = mapKey(entry.getKey(), uniform);
				if (key != null) {
					entries.put(key, new Property(entry.getKey(), entry.getValue(), document.origin()));
				}
			}
		}
		Map<String, Property> resolved = new LinkedHashMap<>();
		entries.forEach((key, property) -> resolved.put(key, resolved(property)));
		return resolved;
	}

	private Optional<Property> raw(String name) {
		String uniform = uniform(name);
		for (ConfigDocument document : this.documents) {
			for (Map.Entry<String, String> entry : document.properties().entrySet()) {
				if (uniform(entry.getKey()).equals(uniform)) {
					return Optional.of(new Property(entry.getKey(), entry.getValue(), document.origin()));
				}
			}
		}
		return Optional.empty();
	}

	private Property resolved(Property property) {
		try {
			return new Property(property.name(), this.placeholders.resolve(property.value()), property.origin());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(property.name() + " in " + property.origin() + ": " + ex.getMessage(), ex);
		}
	}

	private static String mapKey(String key, String uniformPrefix) {
		int dot = 0;
		StringBuilder seen = new StringBuilder();
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c != '-' && c != '_') {
				seen.append(Character.toLowerCase(c));
			}
			if (seen.length() == uniformPrefix.length()) {
				if (!seen.toString().equals(uniformPrefix) || i + 1 >= key.length()) {
					return null;
				}
				dot = i + 1;
				break;
			}
		}
		if (dot == 0) {
			return null;
		}
		String rest = key.substring(dot);
		if (rest.startsWith(".")) {
			return rest.substring(1);
		}
		if (rest.startsWith("[") && rest.endsWith("]")) {
			return rest.substring(1, rest.length() - 1);
		}
		return null;
	}

	private static int index(String name) {
		int open = name.lastIndexOf('[');
		try {
			return Integer.parseInt(name.substring(open + 1, name.length() - 1));
		}
		catch (RuntimeException ex) {
			return Integer.MAX_VALUE;
		}
	}

	/**
	 * Returns a property name as Spring compares names: lower case, without dashes or
	 * underscores.
	 */
	private static String uniform(String name) {
		StringBuilder uniform = new StringBuilder();
		for (char c : name.toCharArray()) {
			if (c != '-' && c != '_') {
				uniform.append(Character.toLowerCase(c));
			}
		}
		return uniform.toString();
	}

	private static List<ConfigDocument> fromSearchPath(List<Path> searchPath, String baseName)
			throws ChangeLogLintException {
		for (Path entry : searchPath) {
			List<ConfigDocument> documents = Files.isDirectory(entry) ? fromFolder(entry, baseName)
					: fromJar(entry, baseName);
			if (!documents.isEmpty()) {
				return documents;
			}
		}
		return List.of();
	}

	private static List<ConfigDocument> fromFolder(Path folder, String baseName) throws ChangeLogLintException {
		List<ConfigDocument> documents = new ArrayList<>();
		for (String extension : EXTENSIONS) {
			Path file = folder.resolve(baseName + "." + extension);
			if (Files.isRegularFile(file)) {
				documents.addAll(readFile(file));
			}
		}
		return documents;
	}

	private static List<ConfigDocument> fromJar(Path jar, String baseName) throws ChangeLogLintException {
		if (!Files.isRegularFile(jar)) {
			return List.of();
		}
		List<ConfigDocument> documents = new ArrayList<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (String extension : EXTENSIONS) {
				ZipEntry entry = zip.getEntry(baseName + "." + extension);
				if (entry != null) {
					try (InputStream in = zip.getInputStream(entry)) {
						documents.addAll(parse(jar + "!/" + entry.getName(),
								new String(in.readAllBytes(), StandardCharsets.UTF_8)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot read " + jar + ": " + ex.getMessage(), ex);
		}
		return documents;
	}

	private static List<ConfigDocument> readFile(Path file) throws ChangeLogLintException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (EXTENSIONS.stream().noneMatch((extension) -> name.endsWith("." + extension))) {
			throw new ChangeLogLintException("Configuration file " + file
					+ " is neither .properties nor .yaml/.yml", null);
		}
		try {
			return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot read configuration file " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static List<ConfigDocument> parse(String origin, String text) throws ChangeLogLintException {
		try {
			return ConfigDocument.read(origin, text);
		}
		catch (IOException | RuntimeException ex) {
			throw new ChangeLogLintException("Cannot read configuration file " + origin + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A property and where it is set.
	 *
	 * @param name the name as written
	 * @param value the value
	 * @param origin the file that sets it
	 */
	public record Property(String name, String value, String origin) {
	}

}
