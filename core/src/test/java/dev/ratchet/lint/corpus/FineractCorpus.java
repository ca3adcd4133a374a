package dev.ratchet.lint.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Apache Fineract changelogs in {@code ../shared/corpus/fineract}: where they are, their
 * root changelogs and the folders their classpath includes resolve against.
 */
public final class FineractCorpus {

	private static final List<String> ROOTS = List.of(
			"fineract-provider/src/main/resources/db/changelog/db.changelog-master.xml",
			"fineract-savings/src/main/resources/db/changelog/tenant/module/savings/parts/module-changelog-master.xml",
			"fineract-rates/src/main/resources/jpa/rates/db/changelog/tenant/module/rates/module-changelog-master.xml",
			"fineract-accounting/src/main/resources/jpa/accounting/db/changelog/tenant/module/accounting/module-changelog-master.xml",
			"fineract-charge/src/main/resources/jpa/charge/db/changelog/tenant/module/charge/module-changelog-master.xml",
			"fineract-progressive-loan/src/main/resources/jpa/progressiveloan/db/changelog/tenant/module/progressiveloan/module-changelog-master.xml",
			"fineract-branch/src/main/resources/db/changelog/tenant/module/branch/module-changelog-master.xml");

	private final Path root;

	private FineractCorpus(Path root) {
		this.root = root;
	}

	/**
	 * Finds the corpus, see {@link SharedCorpus#locate()}.
	 * @return the corpus, or empty when it is not there
	 */
	public static Optional<FineractCorpus> locate() {
		return SharedCorpus.locate().map((corpus) -> new FineractCorpus(corpus.resolve("fineract")));
	}

	/**
	 * Returns the root changelogs: the provider's master and every module master it does
	 * not include.
	 * @return the root changelog files
	 */
	public List<Path> roots() {
		return ROOTS.stream().map(this.root::resolve).toList();
	}

	/**
	 * Returns the resource folders that classpath includes resolve against.
	 * @return the folders
	 */
	public List<Path> searchPath() {
		try (Stream<Path> modules = Files.list(this.root)) {
			return modules.map((module) -> module.resolve("src/main/resources")).filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
