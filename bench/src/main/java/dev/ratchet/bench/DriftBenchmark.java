package dev.ratchet.bench;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.ratchet.boot.jpa.EntityModelSource;
import dev.ratchet.drift.DriftDetector;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.drift.EntityModel;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.SchemaReader;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Drift detection against Hibernate's own schema validation, on the same PostgreSQL schema
 * of generated tables (10 columns each) and the same generated entities, in the same run:
 * Ratchet reads the schema with one metadata query and compares it with the entity model;
 * Hibernate runs {@code hibernate.hbm2ddl.auto=validate}. Prints the median of each.
 * <p>
 * {@code java -cp bench/target/benchmarks.jar dev.ratchet.bench.DriftBenchmark [SERVER_URL] [TABLES] [RUNS]}
 */
public final class DriftBenchmark {

	private DriftBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String server = (args.length > 0) ? args[0] : "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
		int tables = (args.length > 1) ? Integer.parseInt(args[1]) : 1000;
		int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 15;
		try (ScratchDatabase scratch = ScratchDatabase.create(server)) {
			createTables(scratch.url(), tables);
			Path classes = compileEntities(tables);
			try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
					DriftBenchmark.class.getClassLoader())) {
				run(scratch.url(), tables, runs, loader);
			}
		}
	}

	private static void run(String url, int tables, int runs, ClassLoader loader) throws Exception {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
				new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
			.applySetting("hibernate.connection.url", url)
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			for (int i = 0; i < tables; i++) {
				sources.addAnnotatedClass(loader.loadClass(entityClass(i)));
			}
			Metadata metadata = sources.buildMetadata();
			long modelStart = System.nanoTime();
			EntityModel model = EntityModelSource.of(metadata);
			long modelNanos = System.nanoTime() - modelStart;
			DriftDetector detector = new DriftDetector();
			long[] ratchet = new long[runs];
			long[] hibernate = new long[runs];
			int errors = -1;
			try (Connection connection = DriverManager.getConnection(url)) {
			for (int run = -3; run < runs; run++) {
				long start = System.nanoTime();
				LiveSchema schema = SchemaReader.read(connection);
				long readNanos = System.nanoTime() - start;
				List<DriftItem> drift = detector.detect(model, schema);
				long ratchetNanos = System.nanoTime() - start;
				if (System.getProperty("bench.verbose") != null) {
					System.out.printf(Locale.ROOT, "read %.1f ms, compare %.1f ms%n", readNanos / 1e6, (ratchetNanos - readNanos) / 1e6);
				}
				start = System.nanoTime();
				SchemaManagementToolCoordinator.process(metadata, registry,
						Map.of("hibernate.hbm2ddl.auto", "validate"), (action) -> {
						});
				long hibernateNanos = System.nanoTime() - start;
				if (run >= 0) {
					ratchet[run] = ratchetNanos;
					hibernate[run] = hibernateNanos;
				}
				errors = (int) drift.stream().filter(DriftItem::isError).count();
			}
			}
			System.out.printf(Locale.ROOT,
					"%d tables x 10 columns on PostgreSQL, %d runs: Ratchet drift detection median %.1f ms "
							+ "(schema read on an open connection + compare; entity model built once in %.1f ms), "
							+ "Hibernate schema validation median %.1f ms; error-level drift items: %d%n",
					tables, runs, median(ratchet), modelNanos / 1e6, median(hibernate), errors);
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

	private static void createTables(String url, int tables) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			for (int i = 0; i < tables; i++) {
				statement.addBatch("CREATE TABLE " + table(i) + " (id bigint NOT NULL PRIMARY KEY, c1 varchar(100), "
						+ "c2 integer, c3 bigint, c4 numeric(10,2), c5 boolean, c6 timestamp(6), c7 date, "
						+ "c8 varchar(255), c9 float(53))");
			}
			statement.executeBatch();
		}
	}

	private static Path compileEntities(int tables) throws IOException {
		Path sources = Files.createTempDirectory("ratchet-bench-src");
		Path classes = Files.createTempDirectory("ratchet-bench-classes");
		List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
				System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
		for (int i = 0; i < tables; i++) {
			Path file = sources.resolve("Entity" + i + ".java");
			Files.writeString(file, entitySource(i));
			arguments.add(file.toString());
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler.run(null, null, System.err, arguments.toArray(String[]::new)) != 0) {
			throw new IllegalStateException("Could not compile the generated entities");
		}
		return classes;
	}

	private static String entitySource(int i) {
		Function<String, String> field = (declaration) -> "\t" + declaration + "\n";
		return "package bench;\n@jakarta.persistence.Entity\n@jakarta.persistence.Table(name = \"" + table(i) + "\")\n"
				+ "public class Entity" + i + " {\n" + field.apply("@jakarta.persistence.Id Long id;")
				+ field.apply("@jakarta.persistence.Column(length = 100) String c1;") + field.apply("Integer c2;")
				+ field.apply("Long c3;")
				+ field.apply("@jakarta.persistence.Column(precision = 10, scale = 2) java.math.BigDecimal c4;")
				+ field.apply("Boolean c5;") + field.apply("java.time.LocalDateTime c6;")
				+ field.apply("java.time.LocalDate c7;") + field.apply("String c8;") + field.apply("Double c9;")
				+ "}\n";
	}

	private static String entityClass(int i) {
		return "bench.Entity" + i;
	}

	private static String table(int i) {
		return String.format(Locale.ROOT, "t%04d", i);
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
