package dev.ratchet.lint.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ratchet.lint.Approvals;
import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.ValidationMode;
import dev.ratchet.lint.config.ApplicationConfig.Property;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;

/**
 * What an application's configuration tells static lint, so a pull request is judged as the
 * deploy will be: {@code ratchet.validation.mode}, {@code ratchet.validation.rules.*},
 * {@code ratchet.validation.approved}, {@code spring.liquibase.change-log} and
 * {@code spring.liquibase.parameters.*}.
 *
 * @param mode what findings that block do
 * @param policy the severities and approvals
 * @param changeLog the changelog Spring Boot runs, or {@code null} when none is configured
 * @param parameters the changelog parameters
 * @param files the configuration files read, in order
 * @param profiles the active profiles
 */
public record RatchetSettings(ValidationMode mode, LintPolicy policy, String changeLog, Map<String, String> parameters,
		List<String> files, List<String> profiles) {

	private static final String MODE = "ratchet.validation.mode";

	private static final String RULES = "ratchet.validation.rules";

	private static final String APPROVED = "ratchet.validation.approved";

	private static final String LARGE_TABLE_ROWS = "ratchet.online.large-table-rows";

	private static final String CHANGE_LOG = "spring.liquibase.change-log";

	private static final String PARAMETERS = "spring.liquibase.parameters";

	/**
	 * Creates a new instance.
	 */
	public RatchetSettings {
		parameters = Map.copyOf(parameters);
		files = List.copyOf(files);
		profiles = List.copyOf(profiles);
	}

	/**
	 * Reads the settings of a configuration.
	 * @param config the application's configuration
	 * @return the settings, the defaults for what it does not set
	 * @throws ChangeLogLintException when a value is invalid, naming the property and its file
	 */
	public static RatchetSettings of(ApplicationConfig config) throws ChangeLogLintException {
		try {
			ValidationMode mode = config.property(MODE)
				.map((property) -> ValidationMode.of(property.value(), describe(property)))
				.orElse(ValidationMode.ENFORCE);
			Map<Rule, Severity> overrides = new EnumMap<>(Rule.class);
			for (Map.Entry<String, Property> entry : config.map(RULES).entrySet()) {
				Property property = entry.getValue();
				overrides.put(Rule.require(entry.getKey(), describe(property)), severity(property));
			}
			List<Property> approved = config.list(APPROVED);
			List<String> entries = new ArrayList<>();
			approved.forEach((property) -> entries.add(property.value()));
			String source = approved.isEmpty() ? APPROVED : describe(approved.get(0));
			long largeTableRows = config.property(LARGE_TABLE_ROWS)
				.map(RatchetSettings::rows)
				.orElse(LintPolicy.DEFAULT_LARGE_TABLE_ROWS);
			LintPolicy policy = new LintPolicy(overrides, Approvals.parse(entries, source), largeTableRows);
			Map<String, String> parameters = new LinkedHashMap<>();
			config.map(PARAMETERS).forEach((name, property) -> parameters.put(name, property.value()));
			String changeLog = config.property(CHANGE_LOG).map(Property::value).filter((value) -> !value.isBlank())
				.map(String::trim).orElse(null);
			return new RatchetSettings(mode, policy, changeLog, parameters, config.files(), config.profiles());
		}
		catch (IllegalArgumentException ex) {
			throw new ChangeLogLintException(ex.getMessage(), ex);
		}
	}

	/**
	 * Returns the settings of an application that configures nothing.
	 * @return the defaults
	 */
	public static RatchetSettings defaults() {
		return new RatchetSettings(ValidationMode.ENFORCE, LintPolicy.defaults(), null, Map.of(), List.of(), List.of());
	}

	/**
	 * Returns the changelog Spring Boot runs.
	 * @return the configured changelog, without {@code classpath:}, or Boot's default
	 */
	public String changeLogOrDefault() {
		return Optional.ofNullable(this.changeLog).orElse("db/changelog/db.changelog-master.yaml");
	}

	private static Severity severity(Property property) {
		for (Severity severity : Severity.values()) {
			if (severity.id().equalsIgnoreCase(property.value().trim())) {
				return severity;
			}
		}
		throw new IllegalArgumentException("Invalid value '" + property.value() + "' for " + describe(property)
				+ ": use block, warn, info or off");
	}

	private static long rows(Property property) {
		try {
			return Long.parseLong(property.value().trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Invalid value '" + property.value() + "' for " + describe(property)
					+ ": a number of rows", ex);
		}
	}

	private static String describe(Property property) {
		return property.name() + " (" + property.origin() + ")";
	}

}
