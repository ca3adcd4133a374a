package dev.ratchet.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ratchet.lint.report.ReportFormat;
import dev.ratchet.lint.run.LintRequest;

/**
 * The goal's configuration, read into the request static lint takes.
 *
 * @param changeLog the changelog, a file or a path relative to the search path, or {@code null}
 * for the one the configuration names
 * @param searchPath the folders and jars includes resolve against, in order
 * @param dbms the databases to render for, comma-separated, or {@code null}
 * @param parameters the changelog parameters, or {@code null}
 * @param parametersFile a properties file of changelog parameters, or {@code null}
 * @param baseline a baseline file of released changesets, or {@code null}
 * @param since a git revision whose changelog holds the released changesets, or {@code null}
 * @param writeBaseline where to record the changelog as released, or {@code null}
 * @param config configuration files that win over the project's own, or {@code null}
 * @param profiles the active profiles, comma-separated, or {@code null}
 * @param format the report format, or {@code null} for text
 * @param output where to write the report, or {@code null} for the build log
 */
record LintConfiguration(String changeLog, List<File> searchPath, String dbms, Map<String, String> parameters,
		File parametersFile, File baseline, String since, File writeBaseline, List<File> config, String profiles,
		String format, File output) {

	/**
	 * Returns the lint this configuration asks for.
	 * @param classLoader where custom and extension changes are loaded from
	 * @return the request
	 * @throws IllegalArgumentException when an option cannot be read, saying why
	 */
	LintRequest request(ClassLoader classLoader) {
		return LintRequest.of(this.changeLog)
			.withSearchPath(this.searchPath.stream().map(File::toPath).toList())
			.withDbms(list(this.dbms))
			.withParameters(changeLogParameters(), path(this.parametersFile))
			.withBaseline(path(this.baseline))
			.withSince(blank(this.since) ? null : this.since.trim())
			.withWriteBaseline(path(this.writeBaseline))
			.withConfig((this.config != null) ? this.config.stream().map(LintConfiguration::path).toList() : List.of(),
					list(this.profiles))
			.withClassLoader(classLoader);
	}

	/**
	 * Returns the report format.
	 * @return the format, text when none is set
	 * @throws IllegalArgumentException when there is no format of that name
	 */
	ReportFormat reportFormat() {
		return blank(this.format) ? ReportFormat.TEXT : ReportFormat.of(this.format.trim().toLowerCase(Locale.ROOT));
	}

	/**
	 * Returns where the report is written.
	 * @return the file, or {@code null} for the build log
	 */
	Path reportFile() {
		return path(this.output);
	}

	private Map<String, String> changeLogParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (this.parameters != null) {
			this.parameters.forEach((name, value) -> parameters.put(name, (value != null) ? value : ""));
		}
		return parameters;
	}

	private static List<String> list(String value) {
		if (blank(value)) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter((item) -> !item.isEmpty()).toList();
	}

	private static Path path(File file) {
		return (file != null) ? file.getAbsoluteFile().toPath() : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
