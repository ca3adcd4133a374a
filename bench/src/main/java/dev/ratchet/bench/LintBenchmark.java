package dev.ratchet.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.corpus.FineractCorpus;
import dev.ratchet.lint.run.LintRequest;
import dev.ratchet.lint.run.StaticLint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Static lint of the whole Fineract corpus (1,547 changesets): parse every root changelog
 * with its includes and lint every changeset, warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LintBenchmark {

	private List<Path> roots;

	private List<Path> searchPath;

	@Setup
	public void locateCorpus() {
		FineractCorpus corpus = FineractCorpus.locate()
			.orElseThrow(() -> new IllegalStateException("The Fineract corpus is not in ../shared/corpus/fineract; "
					+ "run from the project folder or set RATCHET_SHARED_DIR"));
		this.roots = corpus.roots();
		this.searchPath = corpus.searchPath();
	}

	@Benchmark
	public int lintFineractCorpus() throws ChangeLogLintException {
		int findings = 0;
		for (Path root : this.roots) {
			findings += StaticLint.lint(LintRequest.of(root.toString()).withSearchPath(this.searchPath)).findings().size();
		}
		return findings;
	}

}
