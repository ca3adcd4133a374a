package dev.ratchet.lint.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.ratchet.lint.ChangeLogLintException;

/**
 * One run of git: its output and errors go to temporary files, so waiting for it is bounded by
 * a timeout however much it writes; a run that outlasts the timeout is stopped and reported.
 * The files are deleted once read.
 */
final class GitProcess {

	private GitProcess() {
	}

	/**
	 * Runs a command and waits for it, no longer than a timeout.
	 * @param command the command and its arguments
	 * @param timeout how long it may take
	 * @return its exit status, output and errors
	 * @throws ChangeLogLintException when it cannot be started, or did not finish in time
	 */
	static Result run(List<String> command, Duration timeout) throws ChangeLogLintException {
		Path output = null;
		Path errors = null;
		Process process = null;
		try {
			output = Files.createTempFile("ratchet-git-", ".out");
			errors = Files.createTempFile("ratchet-git-", ".err");
			process = new ProcessBuilder(command).redirectOutput(output.toFile())
				.redirectError(errors.toFile())
				.start();
			process.getOutputStream().close();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ChangeLogLintException(String.join(" ", command) + " did not finish within "
						+ ((timeout.toSeconds() > 0) ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms")
						+ " and was stopped", null);
			}
			return new Result(process.exitValue(), Files.readAllBytes(output),
					Files.readString(errors, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot run " + command.get(0) + " (is it installed?): " + ex.getMessage(),
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChangeLogLintException("Interrupted while running " + command.get(0), ex);
		}
		finally {
			stop(process);
			delete(output);
			delete(errors);
		}
	}

	/**
	 * Stops a run that is still going (timed out, or its wait interrupted) before its files
	 * are deleted.
	 */
	private static void stop(Process process) {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
			try {
				process.waitFor(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void delete(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

	/**
	 * What a finished run left.
	 *
	 * @param status the exit status
	 * @param output what it wrote to its standard output
	 * @param error what it wrote to its standard error
	 */
	record Result(int status, byte[] output, String error) {

	}

}
