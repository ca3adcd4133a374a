package dev.ratchet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import dev.ratchet.lint.ChangeSetLinter;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.LintTarget;
import dev.ratchet.lint.RoutineCatalog;
import dev.ratchet.lint.TableCatalog;
import dev.ratchet.lint.jdbc.JdbcCatalogs;
import liquibase.change.AddColumnConfig;
import liquibase.change.core.CreateIndexChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

/**
 * What sizing the online-safety findings costs at boot, on a PostgreSQL database of generated
 * tables of 100 rows each: the catalog read of every table's row estimate (one query), the same
 * on tables never analyzed (each counted up to the threshold), and a boot-time lint of one
 * {@code createIndex} changeset per table with the sizes read and without. Prints medians.
 * <p>
 * {@code java -cp bench/target/benchmarks.jar dev.ratchet.bench.TableSizeBenchmark [SERVER_URL] [TABLES] [RUNS]}
 */
public final class TableSizeBenchmark {

	private TableSizeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String server = (args.length > 0) ? args[0] : "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
		int tables = (args.length > 1) ? Integer.parseInt(args[1]) : 1000;
		int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 15;
		try (ScratchDatabase scratch = ScratchDatabase.create(server);
				Connection connection = DriverManager.getConnection(scratch.url())) {
			createTables(connection, tables);
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Set<String> names = new LinkedHashSet<>();
			for (int i = 0; i < tables; i++) {
				names.add(table(i));
			}
			long threshold = LintPolicy.DEFAULT_LARGE_TABLE_ROWS;
			double counted = median(runs, () -> JdbcCatalogs.tables(database).rows(names, threshold));
			try (Statement statement = connection.createStatement()) {
				statement.execute("ANALYZE");
			}
			double estimated = median(runs, () -> JdbcCatalogs.tables(database).rows(names, threshold));
			List<ChangeSet> changeSets = indexPerTable(tables);
			Supplier<LintReport> sized = () -> new ChangeSetLinter(LintPolicy.defaults(),
					LintTarget.database(database, RoutineCatalog.none(), JdbcCatalogs.tables(database)))
				.lintRun(changeSets);
			Supplier<LintReport> unsized = () -> new ChangeSetLinter(LintPolicy.defaults(),
					LintTarget.database(database, RoutineCatalog.none(), TableCatalog.none()))
				.lintRun(changeSets);
			median(runs, sized);
			median(runs, unsized);
			double withoutSizes = median(runs, unsized);
			double withSizes = median(runs, sized);
			LintReport report = new ChangeSetLinter(LintPolicy.defaults(), JdbcCatalogs.target(database))
				.lintRun(changeSets);
			System.out.printf(Locale.ROOT, "%d tables of 100 rows on PostgreSQL, median of %d runs:%n"
					+ "  row estimates of every table, analyzed (one catalog query): %.1f ms%n"
					+ "  the same, never analyzed (each table counted up to %,d rows): %.1f ms%n"
					+ "  boot-time lint of %d createIndex changesets, one per table: %.1f ms with sizes read, "
					+ "%.1f ms without (%d findings, %s)%n",
					tables, runs, estimated, threshold, counted, tables, withSizes, withoutSizes,
					report.findings().size(), severities(report));
		}
	}

	private static String severities(LintReport report) {
		Map<Object, Long> counts = new TreeMap<>();
		report.findings().forEach((finding) -> counts.merge(finding.severity(), 1L, Long::sum));
		return counts.toString();
	}

	private static List<ChangeSet> indexPerTable(int tables) {
		List<ChangeSet> changeSets = new ArrayList<>();
		for (int i = 0; i < tables; i++) {
			ChangeSet changeSet = new ChangeSet("index-" + i, "bench", false, false, "bench.yaml", null, null, null);
			CreateIndexChange index = new CreateIndexChange();
			index.setTableName(table(i));
			index.setIndexName(table(i) + "_v_idx");
			AddColumnConfig column = new AddColumnConfig();
			column.setName("v");
			index.addColumn(column);
			changeSet.addChange(index);
			changeSets.add(changeSet);
		}
		return changeSets;
	}

	private static double median(int runs, Supplier<?> work) {
		long[] nanos = new long[runs];
		for (int run = -3; run < runs; run++) {
			long start = System.nanoTime();
			work.get();
			if (run >= 0) {
				nanos[run] = System.nanoTime() - start;
			}
		}
		Arrays.sort(nanos);
		return nanos[runs / 2] / 1e6;
	}

	private static void createTables(Connection connection, int tables) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (int i = 0; i < tables; i++) {
				statement.addBatch("CREATE TABLE " + table(i) + " (id bigint PRIMARY KEY, v varchar(20))");
				statement.addBatch("INSERT INTO " + table(i) + " SELECT g, 'v' FROM generate_series(1, 100) g");
			}
			statement.executeBatch();
		}
	}

	private static String table(int i) {
		return String.format(Locale.ROOT, "t%04d", i);
	}


}
