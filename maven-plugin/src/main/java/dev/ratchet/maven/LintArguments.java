package dev.ratchet.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The goal's configuration as the static lint command line takes it.
 *
 * @param changeLog the changelog, a file or a path relative to the search path
 * @param searchPath the folders and jars includes resolve against, in order
 * @param dbms the databases to render for, comma-separated, or {@code null}
 * @param parameters the changelog parameters, or {@code null}
 * @param parametersFile a properties file of changelog parameters, or {@code null}
 * @param baseline a baseline file of released changesets, or {@code null}
 * @param since a git revision whose changelog holds the released changesets, or {@code null}
 * @param writeBaseline where to record the changelog as released, or {@code null}
 * @param format the report format, or {@code null} for text
 * @param output where to write the report, or {@code null} for the build log
 */
record LintArguments(String changeLog, List<File> searchPath, String dbms, Map<String, String> parameters,
		File parametersFile, File baseline, String since, File writeBaseline, String format, File output) {

	/**
	 * Returns the command line's arguments.
	 * @return the arguments, changelog first
	 */
	String[] toArray() {
		List<String> arguments = new ArrayList<>();
		arguments.add(this.changeLog);
		this.searchPath.forEach((entry) -> option(arguments, "--search-path", entry));
		option(arguments, "--dbms", this.dbms);
		if (this.parameters != null) {
			this.parameters.forEach((name, value) -> arguments.add("-D" + name + "=" + ((value != null) ? value : "")));
		}
		option(arguments, "--parameters", this.parametersFile);
		option(arguments, "--baseline", this.baseline);
		option(arguments, "--since", this.since);
		option(arguments, "--write-baseline", this.writeBaseline);
		option(arguments, "--format", (this.format != null) ? this.format.toLowerCase(Locale.ROOT) : null);
		option(arguments, "--output", this.output);
		return arguments.toArray(String[]::new);
	}

	private static void option(List<String> arguments, String name, File value) {
		option(arguments, name, (value != null) ? value.getAbsolutePath() : null);
	}

	private static void option(List<String> arguments, String name, String value) {
		if (value != null && !value.isBlank()) {
			arguments.add(name);
			arguments.add(value.trim());
		}
	}

}
