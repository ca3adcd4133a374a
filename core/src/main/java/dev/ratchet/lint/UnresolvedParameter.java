package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.serializer.LiquibaseSerializable;

/**
 * A changelog parameter ({@code ${name}}) that a changelog uses and nobody gave a value, so
 * Liquibase leaves it as written: the application sets it at run time, or static lint was
 * not told it ({@code -Dname=value}, {@code --parameters}).
 *
 * @param name the parameter's name
 * @param changeSets the changesets that use it, in changelog order
 */
public record UnresolvedParameter(String name, List<ChangeSetId> changeSets) {

	private static final int DEPTH_LIMIT = 4;

	/**
	 * Creates a new instance.
	 */
	public UnresolvedParameter {
		changeSets = List.copyOf(changeSets);
	}

	/**
	 * Finds the parameters left unresolved in the changes of changesets.
	 * @param changeSets the changesets
	 * @return each parameter once, in the order first used
	 */
	static List<UnresolvedParameter> in(List<ChangeSet> changeSets) {
		Map<String, Set<ChangeSetId>> uses = new LinkedHashMap<>();
		for (ChangeSet changeSet : changeSets) {
			Set<String> names = new LinkedHashSet<>();
			for (Change change : changeSet.getChanges()) {
				collect(change, names, 0);
				if (change instanceof AbstractSQLChange sql) {
					names(readSql(sql), names);
				}
			}
			names.forEach((name) -> uses.computeIfAbsent(name, (n) -> new LinkedHashSet<>()).add(ChangeSetId.of(changeSet)));
		}
		List<UnresolvedParameter> unresolved = new ArrayList<>();
		uses.forEach((name, ids) -> unresolved.add(new UnresolvedParameter(name, new ArrayList<>(ids))));
		return unresolved;
	}

	private static void collect(Object value, Set<String> names, int depth) {
		if (value instanceof String text) {
			names(text, names);
		}
		else if (value instanceof Collection<?> values && depth < DEPTH_LIMIT) {
			values.forEach((item) -> collect(item, names, depth + 1));
		}
		else if (value instanceof LiquibaseSerializable serializable && depth < DEPTH_LIMIT) {
			for (String field : serializable.getSerializableFields()) {
				try {
					collect(serializable.getSerializableFieldValue(field), names, depth + 1);
				}
				catch (RuntimeException ex) {
					continue;
				}
			}
		}
	}

	private static String readSql(AbstractSQLChange change) {
		try {
			return change.getSql();
		}
		catch (RuntimeException ex) {
			return null;
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
