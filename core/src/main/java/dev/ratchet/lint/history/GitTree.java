package dev.ratchet.lint.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.ratchet.lint.ChangeLogLintException;

/**
 * The folders of a search path as a git revision had them, exported with {@code git archive}
 * into a temporary folder that is deleted when the process ends. A folder the revision did
 * not have yet is exported empty; jars are kept as they are.
 */
public final class GitTree {

	private static final long TIMEOUT_SECONDS = 120;

	private GitTree() {
	}

	/**
	 * Exports the search path's folders at a revision.
	 * @param revision a commit, branch or tag
	 * @param searchPath the folders and jars, absolute
	 * @return the search path at the revision, in the same order
	 * @throws ChangeLogLintException when a folder is not in a git repository or git cannot
	 * read the revision
	 */
	public static List<Path> export(String revision, List<Path> searchPath) throws ChangeLogLintException {
		Path target;
		try {
			target = Files.createTempDirectory("ratchet-since-");
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot create a folder for revision " + revision + ": " + ex.getMessage(),
					ex);
		}
		deleteOnExit(target);
		List<Path> exported = new ArrayList<>();
		int index = 0;
		for (Path root : searchPath) {
			if (!Files.isDirectory(root)) {
				exported.add(root);
				continue;
			}
			Path top = Path.of(git(root, "rev-parse", "--show-toplevel").trim()).toAbsolutePath().normalize();
			try {
				git(top, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
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
		List<String> command = new ArrayList<>(List.of("git", "-C", top.toString(), "archive", "--format=zip", revision));
		if (!relative.isEmpty()) {
			command.add("--");
			command.add(relative);
		}
		Result result = run(command);
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
		Result result = run(command);
		if (result.status() != 0) {
			throw new ChangeLogLintException("git " + String.join(" ", arguments) + " failed in " + directory + ": "
					+ (result.error().isBlank() ? "exit status " + result.status() : result.error().trim()), null);
		}
		return new String(result.output(), StandardCharsets.UTF_8);
	}

	private static Result run(List<String> command) throws ChangeLogLintException {
		try {
			Process process = new ProcessBuilder(command).start();
			process.getOutputStream().close();
			byte[][] streams = new byte[2][];
			Thread errors = new Thread(() -> streams[1] = readAll(process.getErrorStream()));
			errors.start();
			streams[0] = readAll(process.getInputStream());
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new ChangeLogLintException(String.join(" ", command) + " did not finish", null);
			}
			errors.join();
			return new Result(process.exitValue(), streams[0], new String(streams[1], StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot run git (is it installed?): " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChangeLogLintException("Interrupted while running git", ex);
		}
	}

	private static byte[] readAll(InputStream in) {
		try (in) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			return new byte[0];
		}
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

	private static void deleteOnExit(Path folder) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				folder.toFile().deleteOnExit();
			}
		}));
	}

	private record Result(int status, byte[] output, String error) {

	}

}
