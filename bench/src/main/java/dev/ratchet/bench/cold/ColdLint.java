package dev.ratchet.bench.cold;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Static lint from a cold command line, as CI runs it: {@code java -jar ratchet-lint.jar} in
 * a fresh JVM for each run, wall time from process start to exit. Builds given as jars run
 * in turn, alternating, with Liquibase alone parsing the same changelog
 * ({@link LiquibaseParse}, on the first jar's class path) as the floor they stand on. Prints
 * the median and range of each.
 */
public final class ColdLint {

	private ColdLint() {
	}

	/**
	 * Runs the comparison.
	 * @param args the number of runs, the changelog's path on the search path, the search path
	 * folder, then one or more executable lint jars
	 * @throws Exception when a process cannot be started
	 */
	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println("usage: ColdLint <runs> <changelog> <search-path> <ratchet-lint.jar> [<other.jar> ...]");
			System.exit(2);
		}
		int runs = Integer.parseInt(args[0]);
		String changeLog = args[1];
		String searchPath = args[2];
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Map<String, List<String>> commands = new LinkedHashMap<>();
		for (int i = 3; i < args.length; i++) {
			commands.put(args[i], List.of(java, "-jar", args[i], changeLog, "--search-path", searchPath));
		}
		String bench = Path.of(ColdLint.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		commands.put("Liquibase alone", List.of(java, "-cp", args[3] + File.pathSeparator + bench,
				LiquibaseParse.class.getName(), changeLog, searchPath));
		Map<String, List<Long>> times = new LinkedHashMap<>();
		commands.keySet().forEach((name) -> times.put(name, new ArrayList<>()));
		for (int run = 0; run < runs; run++) {
			for (Map.Entry<String, List<String>> command : commands.entrySet()) {
				times.get(command.getKey()).add(wall(command.getValue()));
			}
		}
		times.forEach((name, millis) -> System.out.printf("%-60s median %5d ms (%d to %d), %d runs%n", name,
				median(millis), millis.stream().mapToLong(Long::longValue).min().orElse(0),
				millis.stream().mapToLong(Long::longValue).max().orElse(0), millis.size()));
	}

	private static long wall(List<String> command) throws IOException, InterruptedException {
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		process.waitFor();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long median(List<Long> millis) {
		List<Long> sorted = new ArrayList<>(millis);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

}
