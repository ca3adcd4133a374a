package dev.ratchet.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The command line of static lint, read: the changelog and the options that say how it is
 * linted and reported.
 *
 * @param changeLog the changelog, a file or a path relative to the search path
 * @param searchPath the folders includes are resolved against
 * @param dbms the databases typed changes and {@code modifySql} are rendered for
 * @param format the report format
 */
record LintOptions(String changeLog, List<Path> searchPath, List<String> dbms, String format) {

	static final String USAGE = "usage: LintCommand <changelog> [--search-path DIR[,DIR...]] "
			+ "[--dbms NAME[,NAME...]|all] [--format text|json]";

	private static final Set<String> FORMATS = Set.of("text", "json");

	/**
	 * Reads the arguments.
	 * @param args the arguments
	 * @return the options
	 * @throws IllegalArgumentException when they cannot be read, saying why
	 */
	static LintOptions parse(String[] args) {
		String changeLog = null;
		List<Path> searchPath = new ArrayList<>();
		List<String> dbms = new ArrayList<>();
		String format = "text";
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--search-path") || arg.equals("--format") || arg.equals("--dbms")) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				String value = args[++i];
				switch (arg) {
					case "--format" -> format = value;
					case "--dbms" -> dbms.addAll(list(value));
					default -> list(value).forEach((folder) -> searchPath.add(Path.of(folder)));
				}
			}
			else if (arg.startsWith("--") || changeLog != null) {
				throw new IllegalArgumentException("unexpected argument '" + arg + "'");
			}
			else {
				changeLog = arg;
			}
		}
		if (changeLog == null) {
			throw new IllegalArgumentException("no changelog given");
		}
		if (!FORMATS.contains(format)) {
			throw new IllegalArgumentException("unknown format '" + format + "'");
		}
		return new LintOptions(changeLog, searchPath, dbms, format);
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

}
