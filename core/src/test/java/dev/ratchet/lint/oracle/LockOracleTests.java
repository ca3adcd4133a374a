package dev.ratchet.lint.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.ratchet.lint.ChangeSetLinter;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintTarget;
import dev.ratchet.lint.jdbc.JdbcCatalogs;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ratchet's online-safety verdicts checked against what PostgreSQL does. Every
 * {@link OnlineForms form} runs, changeset by changeset, on tables with rows, and the
 * {@link LockOracle} reads the locks it held and whether it rewrote, scanned or indexed a
 * table under them. The rules Ratchet reports for each changeset, in static lint (with the
 * fixture as the changelog's history) and at boot (against the live tables), are exactly the
 * rules that name the work PostgreSQL did under a lock that blocks writes. The measured locks
 * are written to {@code target/lock-oracle.md}; {@code docs/rules.md} shows the same table.
 */
class LockOracleTests {

	private static final int ROWS = 1_000;

	private static final Path DOCS = Path.of("..", "docs", "rules.md");

	private static final String START = "<!-- lock-oracle:start -->";

	private static final String END = "<!-- lock-oracle:end -->";

	private static final Map<String, String> measured = new LinkedHashMap<>();

	private static LockOracle oracle;

	static Stream<OnlineForm> forms() {
		return OnlineForms.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void ratchetReportsTheRulesOfWhatPostgresqlDoes(OnlineForm form) throws Exception {
		FormChangeLog changeLog = FormChangeLog.of(form);
		List<String> fixture = OnlineForms.fixture(ROWS);
		Map<String, Set<Set<String>>> work = new LinkedHashMap<>();
		Map<String, Observation> observations = new LinkedHashMap<>();
		List<String> before = new ArrayList<>(fixture);
		for (ChangeSet changeSet : changeLog.changeSets()) {
			List<String> statements = FormChangeLog.statements(changeSet);
			Observation observation = oracle().observe(before, statements, changeSet.isRunInTransaction());
			Set<Set<String>> done = new LinkedHashSet<>(PostgresqlVerdict.of(observation, OnlineForms.VIEWS));
			if (form.lockOnly() != null && done.isEmpty()) {
				assertThat(observation.tables().values()).as(form + ": the lock its rule is about")
					.anyMatch((table) -> table.lock().blocksWrites());
				done.add(Set.of(form.lockOnly()));
			}
			work.put(changeSet.getId(), done);
			observations.put(changeSet.getId(), observation);
			before.addAll(statements);
		}
		Map<String, Set<String>> statically = onlineRules(new ChangeSetLinter(LintPolicy.defaults(),
				LintTarget.offline(List.of("postgresql"))).lintEach(withFixture(changeLog, fixture)).findings());
		Map<String, Set<String>> atBoot = oracle().withFixture(fixture, (connection) -> onlineRules(
				new ChangeSetLinter(LintPolicy.defaults(), JdbcCatalogs.target(database(connection)))
					.lintRun(changeLog.changeSets())
					.findings()));
		for (ChangeSet changeSet : changeLog.changeSets()) {
			String id = changeSet.getId();
			Set<Set<String>> done = work.get(id);
			assertAgrees(form, id, "static lint", statically.getOrDefault(id, Set.of()), done);
			assertAgrees(form, id, "boot", atBoot.getOrDefault(id, Set.of()), done);
		}
		for (ChangeSet changeSet : changeLog.changeSets()) {
			measured.put(form.name() + " " + changeSet.getId(), row(form, changeSet, observations.get(changeSet.getId()),
					statically.getOrDefault(changeSet.getId(), Set.of())));
		}
		Set<String> reported = statically.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
		assertThat(reported).as(form + ": the rules the form declares").isEqualTo(form.rules());
	}

	@Test
	void everyFormOfTheSpecHasACase() {
		Set<String> rules = new TreeSet<>();
		OnlineForms.all().forEach((form) -> rules.addAll(form.rules()));
		assertThat(rules).containsExactly("blocking-index", "concurrent-index-in-transaction", "exclusive-maintenance",
				"table-rewrite", "validating-constraint");
		assertThat(OnlineForms.all()).filteredOn(OnlineForm::isSafe).hasSizeGreaterThan(20);
	}

	@AfterAll
	static void writeTheMeasuredLocksAndCompareThemWithTheDocs() throws Exception {
		if (oracle == null) {
			return;
		}
		oracle.close();
		if (measured.size() < OnlineForms.all().size()) {
			return;
		}
		StringBuilder table = new StringBuilder();
		table.append("| form | statement | lock on the table | what PostgreSQL did | Ratchet |\n");
		table.append("|---|---|---|---|---|\n");
		measured.values().forEach((row) -> table.append(row).append('\n'));
		Path out = Path.of("target", "lock-oracle.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
		assertThat(docsTable()).as("the lock table in docs/rules.md (copy " + out.toAbsolutePath() + " into it)")
			.isEqualTo(table.toString());
	}

	private static String docsTable() throws IOException {
		String docs = Files.readString(DOCS);
		int start = docs.indexOf(START);
		int end = docs.indexOf(END);
		return (start < 0 || end < start) ? "" : docs.substring(start + START.length(), end).strip() + "\n";
	}

	private static void assertAgrees(OnlineForm form, String changeSet, String where, Set<String> reported,
			Set<Set<String>> done) {
		for (Set<String> work : done) {
			assertThat(reported).as(form + " " + changeSet + " (" + where + "): PostgreSQL did work named by " + work
					+ ", Ratchet reported " + reported)
				.anyMatch(work::contains);
		}
		for (String rule : reported) {
			assertThat(done).as(form + " " + changeSet + " (" + where + "): Ratchet reported " + rule
					+ ", PostgreSQL did " + done)
				.anyMatch((work) -> work.contains(rule));
		}
	}

	private static Map<String, Set<String>> onlineRules(List<Finding> findings) {
		Map<String, Set<String>> rules = new LinkedHashMap<>();
		for (Finding finding : findings) {
			if (finding.rule().isOnline()) {
				rules.computeIfAbsent(finding.changeSet().id(), (id) -> new TreeSet<>()).add(finding.rule().id());
			}
		}
		return rules;
	}

	private static List<ChangeSet> withFixture(FormChangeLog changeLog, List<String> fixture) {
		List<ChangeSet> changeSets = new ArrayList<>();
		changeSets.add(FormChangeLog.fixtureChangeSet(fixture));
		changeSets.addAll(changeLog.changeSets());
		return changeSets;
	}

	private static Database database(Connection connection) throws Exception {
		return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
	}

	private static String row(OnlineForm form, ChangeSet changeSet, Observation observation, Set<String> reported) {
		String statement = String.join("; ", observation.statements()).replaceAll("\\s+", " ").replace("|", "\\|");
		String transaction = changeSet.isRunInTransaction() ? "" : " (no transaction)";
		String locks = observation.failed() ? "refused in a transaction (" + observation.sqlState() + ")"
				: observation.tables()
					.values()
					.stream()
					.sorted(Comparator.comparing(TableWork::table))
					.filter((table) -> table.lock() != LockMode.NONE && table.lock() != LockMode.ACCESS_SHARE)
					.map((table) -> table.table() + ": " + table.lock().sql())
					.collect(Collectors.joining(", "));
		String did = observation.failed() ? "-" : observation.tables()
			.values()
			.stream()
			.sorted(Comparator.comparing(TableWork::table))
			.filter(TableWork::worked)
			.map((table) -> table.table() + ": " + work(table))
			.collect(Collectors.joining(", "));
		String rules = reported.isEmpty() ? "-" : String.join(", ", reported);
		return "| " + form.name() + " | `" + shorten(statement) + "`" + transaction + " | " + (locks.isEmpty() ? "-" : locks)
				+ " | " + (did.isEmpty() ? "-" : did) + " | " + rules + " |";
	}

	private static String work(TableWork table) {
		List<String> what = new ArrayList<>();
		if (table.rewritten()) {
			what.add("rewritten");
		}
		else if (table.constraintIndexBuilt()) {
			what.add("constraint index built");
		}
		else if (table.reindexed()) {
			what.add("indexes rebuilt");
		}
		else if (table.indexBuilt()) {
			what.add("index built");
		}
		else if (table.seqScans() > 0) {
			what.add("scanned");
		}
		what.add("under " + table.lockDuringWork().sql());
		return String.join(" ", what);
	}

	private static String shorten(String statement) {
		return (statement.length() > 140) ? statement.substring(0, 137) + "..." : statement;
	}

	private static LockOracle oracle() throws Exception {
		if (oracle == null) {
			oracle = LockOracle.create();
		}
		return oracle;
	}

}
