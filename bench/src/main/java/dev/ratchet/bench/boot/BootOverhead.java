package dev.ratchet.bench.boot;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times the boot of the same application ({@link BootApp}: web, actuator with health,
 * migrations and prometheus exposed, the Prometheus registry, JPA) with plain Liquibase and
 * with Ratchet, each in a JVM of its own, on PostgreSQL with a generated changelog: to ready
 * on an empty database (the whole changelog runs) and on an up-to-date one (nothing runs).
 * Runs alternate between the two; it prints, for wall time to {@code ApplicationReadyEvent}
 * and for the process's CPU time until then, the medians and the median of the pairwise
 * ratios with their range.
 * <p>
 * Run with the bench module's classpath (not the JMH jar, which bundles Ratchet):
 * {@code java -cp "bench/target/classes:$(cat bench/target/classpath.txt)"
 * dev.ratchet.bench.boot.BootOverhead <postgres-url> [runs] [changesets]}. The plain
 * variant is the same classpath without the {@code ratchet-*} jars; with
 * {@code -Dratchet.bench.jars=<jar>:<jar>} the Ratchet variant uses those jars instead of
 * the classpath's, to time another build of Ratchet against the same plain boots.
 */
public final class BootOverhead {

	private BootOverhead() {
	}

	public static void main(String[] args) throws Exception {
		String serverUrl = args[0];
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 15;
		int changeSets = (args.length > 2) ? Integer.parseInt(args[2]) : 1000;
		Path changeLog = GeneratedChangeLog.write(changeSets);
		String classpath = System.getProperty("java.class.path");
		String plain = Arrays.stream(classpath.split(File.pathSeparator))
			.filter((entry) -> !new File(entry).getName().startsWith("ratchet-"))
			.collect(Collectors.joining(File.pathSeparator));
		if (plain.equals(classpath)) {
			throw new IllegalStateException("No ratchet-* jar on the classpath: " + classpath);
		}
		String jars = System.getProperty("ratchet.bench.jars");
		String withRatchet = (jars != null) ? plain + File.pathSeparator + jars : classpath;
		System.out.printf("%d changesets, %d alternating pairs%s%n", changeSets, runs,
				(jars != null) ? ", Ratchet from " + jars : "");
		Samples empty = new Samples();
		Samples upToDate = new Samples();
		for (int run = 0; run < runs; run++) {
			Boot[] emptyPair = new Boot[2];
			Boot[] upToDatePair = new Boot[2];
			for (boolean ratchet : (run % 2 == 0) ? new boolean[] { false, true } : new boolean[] { true, false }) {
				String database = recreate(serverUrl, "ratchet_boot_" + (ratchet ? "r" : "p"));
				int slot = ratchet ? 1 : 0;
				emptyPair[slot] = boot(ratchet ? withRatchet : plain, database, changeLog);
				upToDatePair[slot] = boot(ratchet ? withRatchet : plain, database, changeLog);
				System.out.printf("run %2d %-8s empty %5d ms wall %5d ms CPU, up to date %5d ms wall %5d ms CPU%n",
						run + 1, ratchet ? "ratchet" : "plain", emptyPair[slot].wallMs(), emptyPair[slot].cpuMs(),
						upToDatePair[slot].wallMs(), upToDatePair[slot].cpuMs());
			}
			empty.add(emptyPair[0], emptyPair[1]);
			upToDate.add(upToDatePair[0], upToDatePair[1]);
		}
		empty.report("empty database");
		upToDate.report("up-to-date database");
	}

	private static Boot boot(String classpath, String databaseUrl, Path changeLog)
			throws IOException, InterruptedException {
		Path output = Files.createTempFile("ratchet-boot", ".log");
		Process process = new ProcessBuilder(javaExecutable(), "-cp", classpath, BootApp.class.getName(),
				"--server.port=0", "--management.endpoints.web.exposure.include=health,migrations,prometheus",
				"--spring.datasource.url=" + databaseUrl, "--spring.liquibase.change-log=file:" + changeLog,
				"--spring.jpa.hibernate.ddl-auto=validate", "--spring.jpa.open-in-view=false",
				"--logging.level.root=WARN")
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("Boot did not finish; see " + output);
		}
		String log = Files.readString(output, StandardCharsets.UTF_8);
		int ready = log.indexOf(BootApp.READY);
		if (ready < 0) {
			throw new IllegalStateException("The application did not become ready; see " + output);
		}
		Files.delete(output);
		String line = log.substring(ready + BootApp.READY.length()).lines().findFirst().orElseThrow();
		String[] parts = line.split(BootApp.CPU);
		return new Boot(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String recreate(String serverUrl, String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(serverUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		}
		int query = serverUrl.indexOf('?');
		String base = (query >= 0) ? serverUrl.substring(0, query) : serverUrl;
		String parameters = (query >= 0) ? serverUrl.substring(query) : "";
		return base.substring(0, base.lastIndexOf('/')) + "/" + name + parameters;
	}

	/**
	 * One boot: wall time to ready, and CPU time until then.
	 */
	private record Boot(long wallMs, long cpuMs) {
	}

	/**
	 * The boots of one database state, in pairs of plain and Ratchet.
	 */
	private static final class Samples {

		private final List<Boot> plain = new ArrayList<>();

		private final List<Boot> ratchet = new ArrayList<>();

		void add(Boot plainBoot, Boot ratchetBoot) {
			this.plain.add(plainBoot);
			this.ratchet.add(ratchetBoot);
		}

		void report(String name) {
			System.out.printf("%-20s wall: plain %5d ms, Ratchet %5d ms, pairwise ratio %s%n", name,
					median(this.plain.stream().map(Boot::wallMs)), median(this.ratchet.stream().map(Boot::wallMs)),
					ratios(true));
			System.out.printf("%-20s CPU:  plain %5d ms, Ratchet %5d ms, pairwise ratio %s%n", name,
					median(this.plain.stream().map(Boot::cpuMs)), median(this.ratchet.stream().map(Boot::cpuMs)),
					ratios(false));
		}

		private String ratios(boolean wall) {
			List<Double> ratios = new ArrayList<>();
			for (int i = 0; i < this.plain.size(); i++) {
				Boot p = this.plain.get(i);
				Boot r = this.ratchet.get(i);
				ratios.add(wall ? (double) r.wallMs() / p.wallMs() : (double) r.cpuMs() / p.cpuMs());
			}
			List<Double> sorted = ratios.stream().sorted().toList();
			int middle = sorted.size() / 2;
			double median = (sorted.size() % 2 == 1) ? sorted.get(middle)
					: (sorted.get(middle - 1) + sorted.get(middle)) / 2;
			return String.format("%.3f (%.3f to %.3f)", median, sorted.get(0), sorted.get(sorted.size() - 1));
		}

		private static long median(Stream<Long> values) {
			List<Long> sorted = values.sorted().toList();
			int middle = sorted.size() / 2;
			return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		}

	}

}
