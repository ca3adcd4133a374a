package dev.ratchet.lint.changelog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.lint.ChangeSetId;
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
	 * of changelog files that hold <code>${</code> anywhere, and SQL read from other files, are
	 * read change by change.
	 * @param changeLog the changelog
	 * @return each parameter once, in the order first used
	 */
	public static List<UnresolvedParameter> in(ParsedChangeLog changeLog) {
		List<ChangeSet> changeSets = changeLog.changeSets();
		ResourceAccessor accessor = changeLog.resources();
		Map<String, Set<ChangeSetId>> uses = new LinkedHashMap<>();
		Map<String, Boolean> placeholders = new HashMap<>();
		for (ChangeSet changeSet : changeSets) {
			boolean read = placeholders.computeIfAbsent(ParsedChangeLog.fileOf(changeSet), (path) -> holdsPlaceholder(path, accessor));
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

	private static boolean holdsPlaceholder(String path, ResourceAccessor accessor) {
		try (InputStream in = accessor.getExisting(path).openInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("${");
		}
		catch (IOException | RuntimeException ex) {
			return true;
		}
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

}
