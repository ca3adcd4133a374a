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

/**
 * Times the boot of the same application with plain Liquibase and with Ratchet, each in a
 * JVM of its own, on PostgreSQL with a generated changelog: to ready on an empty database
 * (the whole changelog runs) and on an up-to-date one (nothing runs). Runs alternate
 * between the two, and the medians and their ratio are printed.
 * <p>
 * Run with the bench module's classpath (not the JMH jar, which bundles Ratchet):
 * {@code java -cp "bench/target/classes:$(cat bench/target/classpath.txt)"
 * dev.ratchet.bench.boot.BootOverhead <postgres-url> [runs] [changesets]}. The plain
 * variant is the same classpath without the {@code ratchet-*} jars.
 */
public final class BootOverhead {

	private BootOverhead() {
	}

	public static void main(String[] args) throws Exception {
		String serverUrl = args[0];
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 7;
		int changeSets = (args.length > 2) ? Integer.parseInt(args[2]) : 1000;
		Path changeLog = GeneratedChangeLog.write(changeSets);
		String withRatchet = System.getProperty("java.class.path");
		String plain = Arrays.stream(withRatchet.split(File.pathSeparator))
			.filter((entry) -> !new File(entry).getName().startsWith("ratchet-"))
			.collect(Collectors.joining(File.pathSeparator));
		if (plain.equals(withRatchet)) {
			throw new IllegalStateException("No ratchet-* jar on the classpath: " + withRatchet);
		}
		System.out.printf("%d changesets, %d runs of each, alternating%n", changeSets, runs);
		List<Long> emptyPlain = new ArrayList<>();
		List<Long> emptyRatchet = new ArrayList<>();
		List<Long> upToDatePlain = new ArrayList<>();
		List<Long> upToDateRatchet = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			for (boolean ratchet : (run % 2 == 0) ? new boolean[] { false, true } : new boolean[] { true, false }) {
				String classpath = ratchet ? withRatchet : plain;
				String database = recreate(serverUrl, "ratchet_boot_" + (ratchet ? "r" : "p"));
				long empty = boot(classpath, database, changeLog);
				long upToDate = boot(classpath, database, changeLog);
				(ratchet ? emptyRatchet : emptyPlain).add(empty);
				(ratchet ? upToDateRatchet : upToDatePlain).add(upToDate);
				System.out.printf("run %d %-8s empty %5d ms, up to date %5d ms%n", run + 1,
						ratchet ? "ratchet" : "plain", empty, upToDate);
			}
		}
		report("empty database", emptyPlain, emptyRatchet);
		report("up-to-date database", upToDatePlain, upToDateRatchet);
	}

	private static void report(String name, List<Long> plain, List<Long> ratchet) {
		long plainMedian = median(plain);
		long ratchetMedian = median(ratchet);
		System.out.printf("%-20s plain median %5d ms, Ratchet median %5d ms, ratio %.3f%n", name, plainMedian,
				ratchetMedian, (double) ratchetMedian / plainMedian);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static long boot(String classpath, String databaseUrl, Path changeLog)
			throws IOException, InterruptedException {
		Path output = Files.createTempFile("ratchet-boot", ".log");
		Process process = new ProcessBuilder(javaExecutable(), "-cp", classpath,
				BootApp.class.getName(), "--spring.main.web-application-type=none",
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
		return Long.parseLong(log.substring(ready + BootApp.READY.length()).lines().findFirst().orElseThrow().trim());
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

}
