package dev.ratchet.lint.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ratchet.lint.ChangeLogLinter;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.changelog.ChangeLogSource;
import dev.ratchet.lint.history.Baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A baseline's round trip on a real changelog: its own baseline lints clean, a drop appended
 * to it blocks alone, and a released changeset whose checksum no longer matches is
 * {@code edited-changeset}.
 */
final class BaselineRoundTrip {

	private BaselineRoundTrip() {
	}

	static void verify(List<Path> searchPath, String master, Path folder) throws Exception {
		ClassLoader classLoader = BaselineRoundTrip.class.getClassLoader();
		ChangeLogSource source = ChangeLogSource.of(master, searchPath, Map.of(), classLoader);
		Path baselineFile = folder.resolve("baseline.txt");
		LintReport own = source.read((changeLog) -> {
			Baseline baseline = Baseline.of(changeLog.changeSets());
			baseline.write(baselineFile);
			return new ChangeLogLinter().lint(changeLog, baseline);
		});
		assertThat(own.findings()).as("findings of %s against its own baseline", master).isEmpty();

		Path wrapper = folder.resolve("appended.yaml");
		Files.writeString(wrapper, "databaseChangeLog:\n  - include: {file: " + source.path() + "}\n  - changeSet:\n"
				+ "      id: appended-drop\n      author: ratchet\n      changes:\n"
				+ "        - dropColumn: {tableName: released_table, columnName: released_column}\n");
		List<Path> withWrapper = new ArrayList<>(searchPath);
		withWrapper.add(folder);
		Baseline baseline = Baseline.read(baselineFile);
		LintReport appended = ChangeLogSource.of(wrapper.toString(), withWrapper, Map.of(), classLoader)
			.read((changeLog) -> new ChangeLogLinter().lint(changeLog, baseline));
		assertThat(appended.findings()).extracting((f) -> f.changeSet().id(), (f) -> f.rule().id())
			.containsExactly(tuple("appended-drop", "drop-column"));
		assertThat(appended.blocks()).isTrue();

		List<String> lines = new ArrayList<>(Files.readAllLines(baselineFile));
		int edited = lines.size() / 2;
		while (lines.get(edited).startsWith("#")) {
			edited++;
		}
		String changeSet = lines.get(edited).substring(lines.get(edited).indexOf('\t') + 1);
		lines.set(edited, "9:00000000000000000000000000000000\t" + changeSet);
		Files.write(baselineFile, lines);
		Baseline changed = Baseline.read(baselineFile);
		LintReport editedReport = source.read((changeLog) -> new ChangeLogLinter().lint(changeLog, changed));
		assertThat(editedReport.findings()).extracting((f) -> f.rule().id(), (f) -> f.changeSet().toString())
			.containsExactly(tuple("edited-changeset", changeSet));
	}

}
