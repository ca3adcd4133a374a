package dev.ratchet.lint.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.ratchet.lint.ChangeLogLintException;

/**
 * The folders of a search path as a git revision had them, exported with {@code git archive}
 * into a temporary folder that closing the tree deletes. A folder the revision did not have
 * yet is exported empty; jars are kept as they are. Revisions and paths are passed to git after
 * {@code --end-of-options}, so a revision that looks like an option is read as a revision, and
 * each git run is stopped when it outlasts its timeout.
 */
public final class GitTree implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	private final Path folder;

	private final List<Path> searchPath;

	private GitTree(Path folder, List<Path> searchPath) {
		this.folder = folder;
		this.searchPath = List.copyOf(searchPath);
	}

	/**
	 * Exports the search path's folders at a revision.
	 * @param revision a commit, branch or tag
	 * @param searchPath the folders and jars, absolute
	 * @return the exported tree; close it to delete its folder
	 * @throws ChangeLogLintException when a folder is not in a git repository or git cannot
	 * read the revision
	 */
	public static GitTree export(String revision, List<Path> searchPath) throws ChangeLogLintException {
		Path target;
		try {
			target = Files.createTempDirectory("ratchet-since-");
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot create a folder for revision " + revision + ": " + ex.getMessage(),
					ex);
		}
		try {
			return new GitTree(target, export(revision, searchPath, target));
		}
		catch (ChangeLogLintException | RuntimeException ex) {
			delete(target);
			throw ex;
		}
	}

	/**
	 * Returns the search path at the revision.
	 * @return the exported folders and the jars, in the order of the search path
	 */
	public List<Path> searchPath() {
		return this.searchPath;
	}

	/**
	 * Deletes the exported folders.
	 */
	@Override
	public void close() {
		delete(this.folder);
	}

	private static List<Path> export(String revision, List<Path> searchPath, Path target)
			throws ChangeLogLintException {
		List<Path> exported = new ArrayList<>();
		int index = 0;
		for (Path root : searchPath) {
			if (!Files.isDirectory(root)) {
				exported.add(root);
				continue;
			}
			Path top = Path.of(git(root, "rev-parse", "--show-toplevel").trim()).toAbsolutePath().normalize();
			try {
				git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
			}
			catch (ChangeLogLintException ex) {
				throw new ChangeLogLintException("Git revision '" + revision + "' does not exist in " + top, ex);
			}
			String relative = top.relativize(realPath(root)).toString().replace('\\', '/');
			Path into = target.resolve(String.valueOf(index++));
			unzip(archive(top, revision, relative), into);
			Path folder = relative.isEmpty() ? into : into.resolve(relative);
			mkdirs(folder);
			exported.add(folder);
		}
		return exported;
	}

	private static Path realPath(Path folder) throws ChangeLogLintException {
		try {
			return folder.toRealPath();
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot read " + folder + ": " + ex.getMessage(), ex);
		}
	}

	private static byte[] archive(Path top, String revision, String relative) throws ChangeLogLintException {
		List<String> command = new ArrayList<>(
				List.of("git", "-C", top.toString(), "archive", "--format=zip", "--end-of-options", revision));
		if (!relative.isEmpty()) {
			command.add(relative);
		}
		GitProcess.Result result = GitProcess.run(command, TIMEOUT);
		if (result.status() != 0) {
			if (result.error().contains("did not match any files")) {
				return new byte[0];
			}
			throw new ChangeLogLintException("git archive " + revision + " failed: " + result.error().trim(), null);
		}
		return result.output();
	}

	private static String git(Path directory, String... arguments) throws ChangeLogLintException {
		List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
		command.addAll(List.of(arguments));
		GitProcess.Result result = GitProcess.run(command, TIMEOUT);
		if (result.status() != 0) {
			throw new ChangeLogLintException("git " + String.join(" ", arguments) + " failed in " + directory + ": "
					+ (result.error().isBlank() ? "exit status " + result.status() : result.error().trim()), null);
		}
		return new String(result.output(), StandardCharsets.UTF_8);
	}

	private static void unzip(byte[] zip, Path into) throws ChangeLogLintException {
		mkdirs(into);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path file = into.resolve(entry.getName()).normalize();
				if (!file.startsWith(into)) {
					continue;
				}
				if (entry.isDirectory()) {
					Files.createDirectories(file);
				}
				else {
					Files.createDirectories(file.getParent());
					Files.copy(in, file);
				}
			}
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot unpack the git archive: " + ex.getMessage(), ex);
		}
	}

	private static void mkdirs(Path folder) throws ChangeLogLintException {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot create " + folder + ": " + ex.getMessage(), ex);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			folder.toFile().deleteOnExit();
		}
	}

}
