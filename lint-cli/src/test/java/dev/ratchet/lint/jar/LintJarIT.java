package dev.ratchet.lint.jar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the executable {@code ratchet-lint} jar as a process, as a build tool or a CI job
 * does: {@code java -jar ratchet-lint-<version>.jar <changelog> [options]}.
 */
class LintJarIT {

	private static final Path JAR = Path.of(System.getProperty("ratchet.lint.jar", "target/ratchet-lint.jar"));

	private static final Path RESOURCES = Path.of("src/test/resources");

	@TempDir
	Path folder;

	@Test
	void anAdditiveChangeLogExitsZero() throws Exception {
		Run run = run("db/release-1.yaml", "--search-path", RESOURCES.toString());
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("1 changesets, 0 findings: 0 blocking");
	}

	@Test
	void aBlockingFindingExitsOneInEveryFormat() throws Exception {
		Run text = run("db/release-2.yaml", "--search-path", RESOURCES.toString());
		assertThat(text.status()).isOne();
		assertThat(text.out()).contains("BLOCK db/release-2.yaml::drop-phone::ana", "rule:    drop-column");
		Run json = run("db/release-2.yaml", "--search-path", RESOURCES.toString(), "--format", "json");
		assertThat(json.status()).isOne();
		assertThat(json.out()).startsWith("{\"changeSets\": 2, \"findings\": [").contains("\"rule\": \"drop-column\"");
		Path sarif = this.folder.resolve("ratchet.sarif");
		Run sarifRun = run("db/release-2.yaml", "--search-path", RESOURCES.toString(), "--format", "sarif", "--output",
				sarif.toString());
		assertThat(sarifRun.status()).isOne();
		assertThat(Files.readString(sarif)).contains("\"version\": \"2.1.0\"", "\"ruleId\": \"drop-column\"");
		Run github = run("db/release-2.yaml", "--search-path", RESOURCES.toString(), "--format", "github");
		assertThat(github.status()).isOne();
		assertThat(github.out()).contains("::error file=").contains("drop-column");
	}

	@Test
	void unreadableInputExitsTwoNamingIt() throws Exception {
		Run missing = run("db/missing.yaml", "--search-path", RESOURCES.toString());
		assertThat(missing.status()).isEqualTo(2);
		assertThat(missing.err()).contains("db/missing.yaml");
		Run badOption = run("db/release-1.yaml", "--format", "xml");
		assertThat(badOption.status()).isEqualTo(2);
		assertThat(badOption.err()).contains("unknown format 'xml'", "usage:");
	}

	@Test
	void anApprovalInTheApplicationsConfigurationIsHonoured() throws Exception {
		Files.writeString(this.folder.resolve("application.properties"),
				"ratchet.validation.approved=db/release-2.yaml::drop-phone::ana=drop-column\n");
		Run run = run("db/release-2.yaml", "--search-path", RESOURCES.toString(), "--config", this.folder.toString());
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("APPROVED db/release-2.yaml::drop-phone::ana");
	}

	@Test
	void printsItsHelpAndVersion() throws Exception {
		Run help = run("--help");
		assertThat(help.status()).isZero();
		assertThat(help.out()).contains("usage: LintCommand", "--config", "--profiles", "Exit status");
		Run version = run("--version");
		assertThat(version.status()).isZero();
		assertThat(version.out().strip()).matches("ratchet-lint \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
	}

	@Test
	void aBaselineWrittenByOneProcessIsReadCleanByTheNextOnEveryCorpusMasterWithoutItsDataFiles() throws Exception {
		Path corpus = sharedCorpus();
		Assumptions.assumeTrue(corpus != null, "The shared corpus (../shared/corpus) is not there: skipped");
		List<String> failures = new ArrayList<>();
		for (String line : Files.readAllLines(corpus.resolve("masters.tsv"))) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			Path project = withoutDataFiles(corpus.resolve(columns[0]), this.folder.resolve("copies").resolve(columns[0]));
			Path baseline = this.folder.resolve("baseline-" + failures.size() + "-" + columns[0] + ".txt");
			Files.deleteIfExists(baseline);
			Run written = run(columns[1], "--search-path", project.toString(), "--write-baseline", baseline.toString());
			Run read = run(columns[1], "--search-path", project.toString(), "--baseline", baseline.toString());
			if (written.status() != 0 || read.status() != 0 || !read.out().contains("0 changesets, 0 findings")) {
				failures.add(line + ": " + written.status() + "/" + read.status() + " " + read.out() + read.err());
			}
		}
		assertThat(failures).isEmpty();
	}

	private static Path withoutDataFiles(Path project, Path copy) throws IOException {
		if (Files.isDirectory(copy)) {
			return copy;
		}
		try (Stream<Path> files = Files.walk(project)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = copy.resolve(project.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!file.getFileName().toString().endsWith(".csv")) {
					Files.copy(file, target);
				}
			}
		}
		return copy;
	}

	private static Path sharedCorpus() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("corpus");
			if (Files.isRegularFile(candidate.resolve("masters.tsv"))) {
				return candidate;
			}
		}
		return null;
	}

	private Run run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", JAR.toString()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile(this.folder, "out", ".txt");
		Path err = Files.createTempFile(this.folder, "err", ".txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the jar exits").isTrue();
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/**
	 * What one run printed and how it exited.
	 */
	private record Run(int status, String out, String err) {
	}

}
