package dev.ratchet.lint.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.run.LintRequest;
import dev.ratchet.lint.run.StaticLint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static lint of the real Apache Fineract changelogs in {@code ../shared/corpus/fineract}.
 * <p>
 * The expected counts were derived without the linter, with a Python script over the XML
 * and by reading every SQL block by hand: the tree was walked from fineract-provider's
 * db.changelog-master.xml (relative and classpath includes; includeAll db/custom-changelog
 * names a folder that does not exist) plus the six module masters it does not include,
 * which are empty. That reaches 204 files and 1,521 changeSet elements (MySQL/PostgreSQL
 * twins share ids and are both linted); the upgrades/*.xml files (25 changesets) are
 * included by nothing, and the corpus README's 1,547 also counts one commented-out
 * changeset. Typed changes were counted per rule outside rollback and preConditions,
 * exempting tables created earlier in the same changeset (only m_appuser's unique
 * constraint). Each of the 110 SQL statements was classified by hand: SQL findings come
 * only from 0061::4 (MySQL MODIFY ... NOT NULL), 0109::4 (multi-statement ALTER TABLE ...
 * DROP COLUMN / RENAME / TYPE blocks in both dialects) and the WHERE-less UPDATE in
 * 0149::1; the SELECT SETVAL and CREATE INDEX CONCURRENTLY blocks give nothing. No contexts
 * or dbms are filtered. The three WHERE-less updates of columns that existed before them
 * (0149::1 in SQL, the typed updates of tenant_server_connections in tenant-store 0005::1,
 * one column, and 0009::1, six columns) overwrite every row: one overwrite-column finding
 * per column written, eight. The online-safety rules, linted for PostgreSQL (static lint
 * reports them as warnings): 398 typed createIndex on tables not created in the same
 * changeset (blocking-index), and 454 addForeignKeyConstraint plus 37 addUniqueConstraint
 * (validating-constraint); counted independently by a Python walk over the XML. A type
 * change now knows the type the changelog gave the column before it: 95 of the 166
 * modifyDataType (and the MODIFY of 0061::4, which only adds NOT NULL to a VARCHAR(50)) change
 * nothing that old code reads differently and PostgreSQL rewrites nothing (88 datetime and 5
 * timestamp given a precision of 6, one timestamp(6) re-declared NULL, 6 varchar widenings),
 * leaving 65. The types a SQL CREATE TABLE gives its columns count too: the Spring Batch 5
 * upgrade (0109::4) widens TYPE_CD from VARCHAR(6) and STRING_VAL from VARCHAR(250), and
 * re-declares KEY_NAME VARCHAR(100) and START_TIME DATETIME(6), all as 0021 created them,
 * leaving 61 when every changeset was read as one history.
 * <p>
 * Changesets for different databases are separate histories, judged by their own database's
 * rules (Fineract writes {@code context="mysql"} beside {@code context="postgresql"}; its
 * {@code initial_switch} context is a phase, not an alternative). A Python walk over the XML
 * that tells the 88 {@code context="mysql"} changesets from the rest gives: 394 createIndex
 * outside them (blocking-index; MariaDB and MySQL build indexes online), 451 plus 3
 * addForeignKeyConstraint (validating-constraint; MySQL copies the table), and 87
 * addNotNullConstraint outside them that PostgreSQL runs with a scan under an exclusive lock
 * (validating-constraint, beside the 154 add-not-null-constraint), with the 37
 * addUniqueConstraint and 2 addColumn unique: 580. Of the type changes, 47 MySQL datetime
 * precision changes were judged against PostgreSQL's timestamptz and are not narrowing on
 * their own database, which copies the table for them; 0004::2 (MySQL) changes
 * purchase_price_ratio from NUMERIC(19,6) to VARCHAR(50), which the PostgreSQL twin hid:
 * 15 modify-data-type. Every type change that rewrites on its database is table-rewrite:
 * 134 MySQL datetime(6), 4 timestamp(6), and the 15 narrowing or converting ones: 153.
 * Total 1,491.
 */
class FineractCorpusTests {

	private static final Map<String, Integer> EXPECTED = new TreeMap<>(Map.ofEntries(
			entry("drop-table", 3), entry("drop-column", 21), entry("delete-without-where", 2),
			entry("rename-table", 1), entry("rename-column", 45), entry("modify-data-type", 15),
			entry("add-not-null-constraint", 154), entry("add-required-column", 45), entry("custom-change", 3),
			entry("drop-not-null", 22), entry("drop-foreign-key", 6), entry("drop-unique-constraint", 2),
			entry("add-unique-constraint", 37), entry("overwrite-column", 8), entry("blocking-index", 394),
			entry("validating-constraint", 580), entry("table-rewrite", 153)));

	private static final List<Finding> findings = new ArrayList<>();

	private static int changeSets;

	@BeforeAll
	static void lintCorpus() throws Exception {
		FineractCorpus corpus = FineractCorpus.locate().orElse(null);
		if (corpus == null) {
			String message = "Fineract corpus tests skipped: ../shared/corpus/fineract is not there";
			System.err.println(message);
			Assumptions.abort(message);
		}
		for (Path root : corpus.roots()) {
			LintReport report = StaticLint.lint(LintRequest.of(root.toString()).withSearchPath(corpus.searchPath()));
			changeSets += report.changeSets();
			findings.addAll(report.findings());
		}
	}

	@Test
	void theProvidersOwnBaselineLintsCleanAndCatchesAnAppendedDropAndAnEdit(@TempDir Path folder) throws Exception {
		FineractCorpus corpus = FineractCorpus.locate().orElseThrow();
		BaselineRoundTrip.verify(corpus.searchPath(), corpus.roots().get(0).toString(), folder);
	}

	@Test
	void everyReachableChangesetIsLinted() {
		assertThat(changeSets).isEqualTo(1521);
	}

	@Test
	void findsTheIndependentlyDerivedCountPerRule() {
		Map<String, Integer> counts = new TreeMap<>();
		findings.forEach((finding) -> counts.merge(finding.rule().id(), 1, Integer::sum));
		assertThat(counts).isEqualTo(EXPECTED);
	}

	@Test
	void catchesTheMultiStatementDropColumnBlocksInBothDialects() {
		assertThat(findings).filteredOn((f) -> f.changeSet().toString()
			.equals("db/changelog/tenant/parts/0109_spring_batch_5_upgrade.xml::4::fineract")
				&& f.rule().id().equals("drop-column"))
			.hasSize(6);
	}

	@Test
	void catchesTheMySqlModifyNotNullAsTheNotNullItAdds() {
		assertThat(findings).filteredOn((f) -> f.changeSet().toString()
			.equals("db/changelog/tenant/parts/0061_add_idempotency_key_to_command_source.xml::4::fineract"))
			.extracting((f) -> f.rule().id())
			.containsExactly("add-not-null-constraint");
	}

	@Test
	void leavesSetvalAndConcurrentIndexBlocksAlone() {
		assertThat(findings).filteredOn((f) -> f.changeType().equals("sql"))
			.extracting((f) -> f.changeSet().file())
			.allMatch((file) -> file.contains("0061_") || file.contains("0109_") || file.contains("0149_"));
	}

	@Test
	void nothingIsUnparsed() {
		assertThat(findings).extracting((f) -> f.rule().id()).doesNotContain("unparsed-sql", "unparsed-sql-opaque");
	}

}
