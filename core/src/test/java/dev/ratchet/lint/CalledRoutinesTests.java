package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link CalledRoutines}: at boot, a pending statement that calls a routine the
 * run did not create is judged by the routine's body as the database's catalog has it.
 */
class CalledRoutinesTests {

	private static final String EXISTING = "CREATE OR REPLACE FUNCTION public.archive_orders()\n RETURNS void\n"
			+ " LANGUAGE plpgsql\nAS $function$ BEGIN PERFORM clear_orders(); END $function$\n";

	private static final String CLEAR = "CREATE OR REPLACE FUNCTION public.clear_orders()\n RETURNS void\n"
			+ " LANGUAGE plpgsql\nAS $function$ BEGIN DELETE FROM orders; END $function$\n";

	private final List<Set<String>> asked = new ArrayList<>();

	@Test
	void aCalledRoutineIsReadFromTheCatalogWithTheRoutinesItCalls() throws Exception {
		RoutineCatalog catalog = (names) -> {
			this.asked.add(Set.copyOf(names));
			List<String> definitions = new ArrayList<>();
			if (names.contains("archive_orders")) {
				definitions.add(EXISTING);
			}
			if (names.contains("clear_orders")) {
				definitions.add(CLEAR);
			}
			return definitions;
		};
		LintReport report = lint(catalog);
		assertThat(report.findings()).extracting((f) -> f.rule().id(), Finding::target, Finding::message)
			.containsExactly(tuple("delete-without-where", "orders",
					"calls archive_orders() (as it exists in the database), which calls clear_orders() "
							+ "(as it exists in the database), whose body deletes every row of orders"),
					tuple("unparsed-sql-opaque", "vanished", "calls procedure vanished, whose body is not inspected"));
		assertThat(this.asked).containsExactly(Set.of("archive_orders", "vanished"), Set.of("clear_orders"));
	}

	@Test
	void aCatalogThatCannotBeReadLeavesProceduresNotInspectedAndSaysWhy() throws Exception {
		LintReport report = lint((names) -> {
			throw new RoutineCatalogException("permission denied for pg_proc", null);
		});
		assertThat(report.findings()).extracting((f) -> f.rule().id(), Finding::message)
			.containsExactly(tuple("unparsed-sql-opaque",
					"calls procedure vanished, whose body is not inspected (permission denied for pg_proc)"));
	}

	private static LintReport lint(RoutineCatalog catalog) throws Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new OfflineConnection("offline:postgresql",
					new ClassLoaderResourceAccessor()));
		return new ChangeSetLinter(LintPolicy.defaults(), LintTarget.database(database, catalog, TableCatalog.none()))
			.lintRun(ChangeLogs.parse("rendered/routines.yaml").subList(4, 5));
	}

}
