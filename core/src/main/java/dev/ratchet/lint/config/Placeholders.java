package dev.ratchet.lint.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves {@code ${name}} and {@code ${name:default}} in a property value as Spring does:
 * from the system properties, then the environment (the name as written, or in upper case with
 * dots and dashes as underscores), then the application's own configuration; nested
 * placeholders and defaults are resolved too.
 */
final class Placeholders {

	private static final int DEPTH_LIMIT = 32;

	private final Map<String, String> environment;

	private final Function<String, String> configuration;

	/**
	 * Creates a resolver.
	 * @param environment the environment variables
	 * @param configuration the application's own properties by name, or {@code null}
	 */
	Placeholders(Map<String, String> environment, Function<String, String> configuration) {
		this.environment = environment;
		this.configuration = configuration;
	}

	/**
	 * Resolves the placeholders of a value.
	 * @param value the value as written
	 * @return the value, resolved
	 * @throws IllegalArgumentException naming the placeholder when one has no value and no
	 * default
	 */
	String resolve(String value) {
		return resolve(value, new ArrayDeque<>());
	}

	private String resolve(String value, Deque<String> resolving) {
		if (value == null || !value.contains("${")) {
			return value;
		}
		StringBuilder result = new StringBuilder();
		int from = 0;
		int start = value.indexOf("${");
		while (start >= 0) {
			int end = closing(value, start + 2);
			if (end < 0) {
				break;
			}
			result.append(value, from, start);
			result.append(lookup(value.substring(start + 2, end), resolving));
			from = end + 1;
			start = value.indexOf("${", from);
		}
		return result.append(value.substring(from)).toString();
	}

	private String lookup(String placeholder, Deque<String> resolving) {
		int colon = topLevelColon(placeholder);
		String name = (colon >= 0) ? placeholder.substring(0, colon).trim() : placeholder.trim();
		if (resolving.contains(name) || resolving.size() > DEPTH_LIMIT) {
			throw new IllegalArgumentException("placeholder ${" + name + "} refers to itself");
		}
		String found = find(name);
		if (found == null && colon >= 0) {
			found = placeholder.substring(colon + 1);
		}
		if (found == null) {
			throw new IllegalArgumentException("placeholder ${" + name + "} has no value: set it in the environment, "
					+ "in the configuration or give it a default (${" + name + ":…})");
		}
		resolving.push(name);
		try {
			return resolve(found, resolving);
		}
		finally {
			resolving.pop();
		}
	}

	private String find(String name) {
		String value = System.getProperty(name);
		if (value == null) {
			value = this.environment.get(name);
		}
		if (value == null) {
			value = this.environment.get(name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
		}
		if (value == null && this.configuration != null) {
			value = this.configuration.apply(name);
		}
		return value;
	}

	private static int closing(String value, int from) {
		int depth = 1;
		for (int i = from; i < value.length(); i++) {
			if (value.startsWith("${", i)) {
				depth++;
				i++;
			}
			else if (value.charAt(i) == '}' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static int topLevelColon(String placeholder) {
		int depth = 0;
		for (int i = 0; i < placeholder.length(); i++) {
			if (placeholder.startsWith("${", i)) {
				depth++;
				i++;
			}
			else if (placeholder.charAt(i) == '}') {
				depth--;
			}
			else if (placeholder.charAt(i) == ':' && depth == 0) {
				return i;
			}
		}
		return -1;
	}

}
