package dev.ratchet.lint.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code ../shared/corpus}, the real changelogs of other projects the tests lint where
 * they lie.
 */
final class SharedCorpus {

	private SharedCorpus() {
	}

	/**
	 * Finds the corpus: under {@code RATCHET_SHARED_DIR}, or in a {@code shared} folder beside
	 * the working directory or one of its parents.
	 * @return the corpus folder, or empty when it is not there
	 */
	static Optional<Path> locate() {
		String shared = System.getenv("RATCHET_SHARED_DIR");
		if (shared != null && Files.isDirectory(Path.of(shared).resolve("corpus"))) {
			return Optional.of(Path.of(shared).resolve("corpus").normalize());
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("corpus");
			if (Files.isDirectory(candidate.resolve("fineract"))) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
