package dev.ratchet.lint.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.LintReport;

/**
 * How static lint writes its report.
 */
public enum ReportFormat {

	/** For people, in a terminal or a build log. */
	TEXT(LintText::write),

	/** JSON with the endpoint's finding fields plus file and line. */
	JSON(LintJson::write),

	/** SARIF 2.1.0, for code scanning. */
	SARIF(LintSarif::write),

	/** GitHub Actions workflow commands: an annotation per finding. */
	GITHUB(LintGitHub::write);

	private final Function<LintReport, String> writer;

	ReportFormat(Function<LintReport, String> writer) {
		this.writer = writer;
	}

	/**
	 * Writes a report in this format.
	 * @param report the report
	 * @return the text
	 */
	public String write(LintReport report) {
		return this.writer.apply(report);
	}

	/**
	 * Writes a report in this format to a file, creating its folder.
	 * @param report the report
	 * @param file the file
	 * @return the line to print instead of the report: its summary and where it went
	 * @throws ChangeLogLintException when the file cannot be written
	 */
	public String write(LintReport report, Path file) throws ChangeLogLintException {
		try {
			Path folder = file.toAbsolutePath().getParent();
			if (folder != null) {
				Files.createDirectories(folder);
			}
			Files.writeString(file, write(report) + System.lineSeparator(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot write the report to " + file + ": " + ex.getMessage(), ex);
		}
		return LintText.summary(report) + " (" + name().toLowerCase(Locale.ROOT) + " report in " + file + ")";
	}

	/**
	 * Finds a format by its lower-case name.
	 * @param name such as {@code sarif}
	 * @return the format
	 * @throws IllegalArgumentException when there is none of that name
	 */
	public static ReportFormat of(String name) {
		return Arrays.stream(values())
			.filter((format) -> format.name().toLowerCase(Locale.ROOT).equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'"));
	}

}
