package dev.ratchet.lint.changelog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.ChangeSetLocation;
import dev.ratchet.lint.ChangeText;
import dev.ratchet.lint.ParsedChangeLog;
import dev.ratchet.lint.UnresolvedParameter;
import liquibase.change.Change;
import liquibase.change.core.CreateProcedureChange;
import liquibase.change.core.SQLFileChange;
import liquibase.changelog.ChangeSet;
import liquibase.resource.ResourceAccessor;

/**
 * Finds the changelog parameters a changelog uses that have no value.
 */
public final class UnresolvedParameters {

	private UnresolvedParameters() {
	}

	/**
	 * Finds the parameters left unresolved in the changes of changesets. Only the changesets
	 * whose own text in their changelog file holds <code>${</code> (every changeset of such a
	 * file whose start is not known), and SQL read from other files, are read change by change.
	 * @param changeLog the changelog
	 * @param locations where changesets start, as {@link ChangeSetLocations} finds them
	 * @return each parameter once, in the order first used
	 */
	public static List<UnresolvedParameter> in(ParsedChangeLog changeLog, Map<ChangeSetId, ChangeSetLocation> locations) {
		List<ChangeSet> changeSets = changeLog.changeSets();
		Map<String, List<Integer>> starts = new HashMap<>();
		for (ChangeSet changeSet : changeSets) {
			starts.computeIfAbsent(ParsedChangeLog.fileOf(changeSet), (path) -> new ArrayList<>())
				.add(line(locations, changeSet));
		}
		Map<String, FileText> files = new HashMap<>();
		Map<String, Set<ChangeSetId>> uses = new LinkedHashMap<>();
		for (ChangeSet changeSet : changeSets) {
			FileText file = files.computeIfAbsent(ParsedChangeLog.fileOf(changeSet),
					(path) -> FileText.read(path, changeLog.resources(), starts.get(path)));
			boolean read = file.holdsPlaceholder(line(locations, changeSet));
			Set<String> names = new LinkedHashSet<>();
			for (Change change : changeSet.getChanges()) {
				if (read || change instanceof SQLFileChange || change instanceof CreateProcedureChange) {
					names(ChangeText.of(change), names);
				}
			}
			names.forEach((name) -> uses.computeIfAbsent(name, (n) -> new LinkedHashSet<>()).add(ChangeSetId.of(changeSet)));
		}
		List<UnresolvedParameter> unresolved = new ArrayList<>();
		uses.forEach((name, ids) -> unresolved.add(new UnresolvedParameter(name, new ArrayList<>(ids))));
		return unresolved;
	}

	private static int line(Map<ChangeSetId, ChangeSetLocation> locations, ChangeSet changeSet) {
		ChangeSetLocation location = locations.get(ChangeSetId.of(changeSet));
		return (location != null) ? location.line() : 0;
	}

	private static void names(String text, Set<String> names) {
		if (text == null) {
			return;
		}
		int start = text.indexOf("${");
		while (start >= 0) {
			int end = text.indexOf('}', start + 2);
			if (end < 0) {
				return;
			}
			String name = text.substring(start + 2, end).trim();
			if (!name.isEmpty()) {
				names.add(name);
			}
			start = text.indexOf("${", end + 1);
		}
	}

	/**
	 * A changelog file's text, cut at the lines where its changesets start, so a changeset is
	 * read only when its own text holds a placeholder.
	 */
	private static final class FileText {

		private final boolean readable;

		private final int[] lineStarts;

		private final int[] changeSetLines;

		private final int[] placeholders;

		private FileText(String text, List<Integer> changeSetLines) {
			this.readable = text != null;
			this.lineStarts = offsets(text, "\n", 1, 0);
			this.placeholders = offsets(text, "${", 0, -1);
			this.changeSetLines = changeSetLines.stream()
				.mapToInt(Integer::intValue)
				.filter((line) -> line > 0 && line <= this.lineStarts.length)
				.sorted()
				.distinct()
				.toArray();
		}

		static FileText read(String path, ResourceAccessor accessor, List<Integer> changeSetLines) {
			try (InputStream in = accessor.getExisting(path).openInputStream()) {
				return new FileText(new String(in.readAllBytes(), StandardCharsets.UTF_8), changeSetLines);
			}
			catch (IOException | RuntimeException ex) {
				return new FileText(null, List.of());
			}
		}

		/**
		 * Returns whether the text of the changeset that starts at a line holds a placeholder,
		 * up to the line where the next changeset starts; the whole file is read when the line
		 * is not known, and a file that cannot be read is taken to hold one.
		 */
		boolean holdsPlaceholder(int line) {
			if (!this.readable) {
				return true;
			}
			int index = Arrays.binarySearch(this.changeSetLines, line);
			if (index < 0) {
				return this.placeholders.length > 0;
			}
			int start = this.lineStarts[line - 1];
			int end = (index + 1 < this.changeSetLines.length) ? this.lineStarts[this.changeSetLines[index + 1] - 1]
					: Integer.MAX_VALUE;
			int first = Arrays.binarySearch(this.placeholders, start);
			int at = (first >= 0) ? first : -first - 1;
			return at < this.placeholders.length && this.placeholders[at] < end;
		}

		/**
		 * Returns where a text occurs, each offset shifted, with a first offset when given.
		 */
		private static int[] offsets(String text, String of, int shift, int first) {
			List<Integer> offsets = new ArrayList<>();
			if (first >= 0) {
				offsets.add(first);
			}
			for (int i = (text != null) ? text.indexOf(of) : -1; i >= 0; i = text.indexOf(of, i + 1)) {
				offsets.add(i + shift);
			}
			return offsets.stream().mapToInt(Integer::intValue).toArray();
		}

	}

}
