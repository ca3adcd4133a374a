package dev.ratchet.lint.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.ratchet.lint.ChangeLogLinter;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.run.LintRequest;
import dev.ratchet.lint.run.StaticLint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static lint of every entry point in {@code ../shared/corpus/masters.tsv}: real changelogs of
 * Keycloak, OpenMRS, JHipster, Flowable, Jmix, Traccar and Terra. Every master lints (none is
 * unreadable, whatever its extensions and custom changes), and the findings per master, rule
 * and severity are the ones in {@code corpus/expected-findings.tsv}, so any change a rule makes
 * on real changelogs shows here and is explained where it is made. Each master's own baseline
 * lints clean, a drop appended to it blocks alone, and a released changeset whose checksum
 * no longer matches is {@code edited-changeset}. Run with
 * {@code -Dratchet.corpus.expected=PATH} to write the findings as they are now to a file.
 */
class CorpusMastersTests {

	private static final String EXPECTED = "/corpus/expected-findings.tsv";

	private static final Map<String, Integer> counts = new TreeMap<>();

	private static Path corpus;

	@TempDir
	Path folder;

	private static final List<String> unreadable = new ArrayList<>();

	@BeforeAll
	static void lintEveryMaster() throws Exception {
		corpus = SharedCorpus.locate().orElse(null);
		if (corpus == null) {
			String message = "Corpus tests skipped: ../shared/corpus is not there";
			System.err.println(message);
			Assumptions.abort(message);
		}
		for (String[] columns : masters().map(Arguments::get).map((a) -> new String[] { (String) a[0], (String) a[1] })
			.toList()) {
			Path project = corpus.resolve(columns[0]);
			String master = columns[0] + "\t" + columns[1];
			try {
				LintReport report = StaticLint.lint(LintRequest.of(project.resolve(columns[1]).toString()).withSearchPath(List.of(project)));
				counts.put(master + "\tchangesets\t-", report.changeSets());
				for (Finding finding : report.findings()) {
					counts.merge(master + "\t" + finding.rule().id() + "\t" + finding.severity().id(), 1, Integer::sum);
				}
			}
			catch (Exception ex) {
				unreadable.add(master + ": " + ex.getMessage());
			}
		}
		String write = System.getProperty("ratchet.corpus.expected");
		if (write != null) {
			Files.write(Path.of(write), lines(counts));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("masters")
	void itsOwnBaselineLintsCleanAnAppendedDropBlocksAloneAndAnEditedChangesetIsCaught(String project, String master)
			throws Exception {
		BaselineRoundTrip.verify(List.of(corpus.resolve(project)), master, this.folder);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("masters")
	void withoutTheDataFilesABuildGeneratesItsBaselineStillRoundTrips(String project, String master) throws Exception {
		Path copy = this.folder.resolve("without-data").resolve(project);
		try (Stream<Path> files = Files.walk(corpus.resolve(project))) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = copy.resolve(corpus.resolve(project).relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!file.getFileName().toString().endsWith(".csv")) {
					Files.copy(file, target);
				}
			}
		}
		Path roundTrip = Files.createDirectories(this.folder.resolve("round-trip"));
		BaselineRoundTrip.verify(List.of(copy), master, roundTrip);
	}

	@Test
	void everyMasterLints() {
		assertThat(unreadable).isEmpty();
	}

	@Test
	void findingsPerMasterRuleAndSeverityAreTheExpectedOnes() throws IOException {
		assertThat(lines(counts)).containsExactlyElementsOf(expected());
	}

	static Stream<Arguments> masters() throws IOException {
		Path shared = SharedCorpus.locate().orElse(null);
		if (shared == null) {
			return Stream.empty();
		}
		return Files.readAllLines(shared.resolve("masters.tsv"))
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("\t"))
			.map((columns) -> Arguments.of(columns[0], columns[1]));
	}

	private static List<String> expected() throws IOException {
		try (InputStream in = CorpusMastersTests.class.getResourceAsStream(EXPECTED)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter((l) -> !l.isBlank()).toList();
		}
	}

	private static List<String> lines(Map<String, Integer> counts) {
		List<String> lines = new ArrayList<>();
		counts.forEach((key, count) -> lines.add(key + "\t" + count));
		return lines;
	}

}
