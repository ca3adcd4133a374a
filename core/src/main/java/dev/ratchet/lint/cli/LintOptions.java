package dev.ratchet.lint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.lint.report.ReportFormat;
import dev.ratchet.lint.run.LintRequest;

/**
 * The command line of static lint, read: the changelog and the options that say how it is
 * read, with which configuration it is judged, which changesets are judged, and how the report
 * is written.
 *
 * @param changeLog the changelog, a file or a path relative to the search path, or {@code null}
 * for the one the application's configuration names
 * @param searchPath the folders and jars includes are resolved against
 * @param dbms the databases typed changes and {@code modifySql} are rendered for
 * @param parameters the changelog parameters given with {@code -D}
 * @param parametersFile a properties file of changelog parameters, or {@code null}
 * @param baseline a baseline file of released changesets, or {@code null}
 * @param since a git revision whose changelog holds the released changesets, or {@code null}
 * @param writeBaseline where to record the changelog as released, or {@code null}
 * @param configFiles configuration files given with {@code --config}
 * @param profiles the profiles given with {@code --profiles}
 * @param format the report format
 * @param output where to write the report instead of standard output, or {@code null}
 * @param help whether only the help was asked for
 * @param version whether only the version was asked for
 */
record LintOptions(String changeLog, List<Path> searchPath, List<String> dbms, Map<String, String> parameters,
		Path parametersFile, Path baseline, String since, Path writeBaseline, List<Path> configFiles,
		List<String> profiles, ReportFormat format, Path output, boolean help, boolean version) {

	static final String USAGE = "usage: LintCommand [<changelog>] [--search-path DIR|JAR[,...]] "
			+ "[--dbms NAME[,NAME...]|all] [-Dname=value...] [--parameters FILE] [--baseline FILE | --since GIT_REF] "
			+ "[--write-baseline FILE] [--config FILE[,FILE...]] [--profiles P[,P...]] "
			+ "[--format text|json|sarif|github] [--output FILE] [--help] [--version]";

	static final String HELP = USAGE + """


			Lints a Liquibase changelog without a database, as the application's deploy would judge it.
			Exit status: 0 nothing blocks, 1 a finding blocks, 2 the input cannot be read.

			  <changelog>            the changelog, a file or a path relative to the search path
			                         (default: spring.liquibase.change-log of the configuration,
			                         else db/changelog/db.changelog-master.yaml)
			  --search-path          folders and jars includes resolve against, as a classpath;
			                         their application.properties/.yaml are read too
			  --dbms                 databases typed changes are rendered for (default postgresql)
			  -Dname=value           a changelog parameter (wins over --parameters and
			                         spring.liquibase.parameters.*)
			  --parameters           a properties file of changelog parameters
			  --baseline             judge only changesets this baseline file does not list
			  --since                judge only changesets added since this git revision
			  --write-baseline       record the changelog as released in this file
			  --config               configuration files (or folders) that win over those on the
			                         search path: ratchet.validation.* and spring.liquibase.*
			  --profiles             the active Spring profiles (default spring.profiles.active)
			  --format               text (default), json, sarif or github
			  --output               write the report to this file and print its summary
			  --help, --version      print this help, or the version, and exit 0""";

	/**
	 * Reads the arguments.
	 * @param args the arguments
	 * @return the options
	 * @throws IllegalArgumentException when they cannot be read, saying why
	 */
	static LintOptions parse(String[] args) {
		Builder options = new Builder();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				options.help = true;
			}
			else if (arg.equals("--version")) {
				options.version = true;
			}
			else if (arg.startsWith("-D") && arg.length() > 2) {
				options.parameter(arg.substring(2));
			}
			else if (arg.startsWith("--")) {
				int equals = arg.indexOf('=');
				String name = (equals > 0) ? arg.substring(0, equals) : arg;
				String value;
				if (equals > 0) {
					value = arg.substring(equals + 1);
				}
				else if (i + 1 < args.length) {
					value = args[++i];
				}
				else {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				options.option(name, value);
			}
			else if (options.changeLog != null) {
				throw new IllegalArgumentException("unexpected argument '" + arg + "'");
			}
			else {
				options.changeLog = arg;
			}
		}
		return options.build();
	}

	/**
	 * Returns the lint these options ask for.
	 * @param classLoader where custom and extension changes are loaded from
	 * @return the request
	 * @throws IllegalArgumentException when a database is unknown
	 */
	LintRequest request(ClassLoader classLoader) {
		return LintRequest.of(this.changeLog)
			.withSearchPath(this.searchPath)
			.withDbms(this.dbms)
			.withParameters(this.parameters, this.parametersFile)
			.withBaseline(this.baseline)
			.withSince(this.since)
			.withWriteBaseline(this.writeBaseline)
			.withConfig(this.configFiles, this.profiles)
			.withClassLoader(classLoader);
	}

	private static List<String> list(String value) {
		List<String> items = new ArrayList<>();
		for (String item : value.split(",")) {
			if (!item.isBlank()) {
				items.add(item.trim());
			}
		}
		return items;
	}

	/**
	 * Collects the options as they are read.
	 */
	private static final class Builder {

		private String changeLog;

		private final List<Path> searchPath = new ArrayList<>();

		private final List<String> dbms = new ArrayList<>();

		private final Map<String, String> parameters = new LinkedHashMap<>();

		private Path parametersFile;

		private Path baseline;

		private String since;

		private Path writeBaseline;

		private final List<Path> configFiles = new ArrayList<>();

		private final List<String> profiles = new ArrayList<>();

		private ReportFormat format = ReportFormat.TEXT;

		private Path output;

		private boolean help;

		private boolean version;

		void parameter(String assignment) {
			int equals = assignment.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("-D" + assignment + " needs the form -Dname=value");
			}
			this.parameters.put(assignment.substring(0, equals), assignment.substring(equals + 1));
		}

		void option(String name, String value) {
			switch (name) {
				case "--search-path" -> list(value).forEach((entry) -> this.searchPath.add(Path.of(entry)));
				case "--dbms" -> this.dbms.addAll(list(value));
				case "--parameters" -> this.parametersFile = Path.of(value);
				case "--baseline" -> this.baseline = Path.of(value);
				case "--since" -> this.since = value;
				case "--write-baseline" -> this.writeBaseline = Path.of(value);
				case "--config" -> list(value).forEach((entry) -> this.configFiles.add(Path.of(entry)));
				case "--profiles" -> this.profiles.addAll(list(value));
				case "--format" -> this.format = ReportFormat.of(value);
				case "--output" -> this.output = Path.of(value);
				default -> throw new IllegalArgumentException("unexpected argument '" + name + "'");
			}
		}

		LintOptions build() {
			if (this.baseline != null && this.since != null) {
				throw new IllegalArgumentException("--baseline and --since cannot be used together");
			}
			return new LintOptions(this.changeLog, this.searchPath, this.dbms, this.parameters, this.parametersFile,
					this.baseline, this.since, this.writeBaseline, this.configFiles, this.profiles, this.format,
					this.output, this.help, this.version);
		}

	}

}
