package dev.ratchet.lint;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

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
