package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.Identifiers;

/**
 * {@code CHECK (column IS NOT NULL)} constraints added and validated, the first half of
 * PostgreSQL's online recipe for {@code SET NOT NULL}: once such a constraint is validated,
 * PostgreSQL 12 and later make the column NOT NULL without scanning the table, and no
 * deployed code could write a null since the constraint was added.
 */
public final class NotNullChecks {

	private final Map<String, String> columns = new LinkedHashMap<>();

	private final Set<String> validated = new LinkedHashSet<>();

	/**
	 * Returns the column a check constraint's definition keeps nulls out of, as
	 * PostgreSQL's {@code pg_get_constraintdef} gives it.
	 * @param definition such as {@code CHECK ((qty IS NOT NULL)) NOT VALID}
	 * @param column the column, lower case
	 * @return whether the definition is {@code CHECK (column IS NOT NULL)}
	 */
	public static boolean keepsNullsOutOf(String definition, String column) {
		return definition != null
				&& Identifiers.unqualifiedKey(column).equals(checkedColumn(SqlLexer.tokenize(definition)));
	}

	/**
	 * Returns the column of {@code CHECK (column IS NOT NULL)}, with any number of
	 * parentheses, followed by anything but more condition.
	 * @param tokens the tokens from {@code CHECK}
	 * @return the column in lower case, or {@code null} when the check is anything else
	 */
	static String checkedColumn(List<SqlToken> tokens) {
		if (tokens.isEmpty() || !tokens.get(0).is("CHECK")) {
			return null;
		}
		return checkedColumnOf(tokens.subList(1, tokens.size()));
	}

	/**
	 * Returns the column of a check's condition {@code column IS NOT NULL}, with any number of
	 * parentheses.
	 * @param tokens the condition's tokens
	 * @return the column in lower case, or {@code null} when the condition is anything else
	 */
	static String checkedColumnOf(List<SqlToken> tokens) {
		List<SqlToken> condition = new ArrayList<>();
		int depth = 0;
		for (SqlToken token : tokens) {
			if (token.isSymbol("(") || token.isSymbol(")")) {
				depth += token.isSymbol("(") ? 1 : -1;
				if (depth == 0) {
					break;
				}
			}
			else {
				condition.add(token);
			}
		}
		boolean notNull = condition.size() == 4 && condition.get(0).isName() && condition.get(1).is("IS")
				&& condition.get(2).is("NOT") && condition.get(3).is("NULL");
		return notNull ? Identifiers.unqualifiedKey(condition.get(0).value()) : null;
	}

	/**
	 * Records a constraint added to a column.
	 * @param table the table
	 * @param constraint the constraint's name, or {@code null} for the name PostgreSQL gives it
	 * @param column the column it keeps from null
	 * @param validated whether it was added validated (without {@code NOT VALID})
	 */
	void added(String table, String constraint, String column, boolean validated) {
		String name = (constraint != null) ? constraint : table + "_" + column + "_check";
		String key = key(table, name);
		this.columns.put(key, Identifiers.unqualifiedKey(column));
		if (validated) {
			this.validated.add(key);
		}
	}

	/**
	 * Records {@code VALIDATE CONSTRAINT}.
	 * @param table the table
	 * @param constraint the constraint
	 */
	void validated(String table, String constraint) {
		this.validated.add(key(table, constraint));
	}

	/**
	 * Adds the constraints and validations of later SQL to these.
	 * @param later the later SQL's
	 */
	public void addAll(NotNullChecks later) {
		this.columns.putAll(later.columns);
		this.validated.addAll(later.validated);
	}

	/**
	 * Returns the constraints on a column once these are added to what was known before.
	 * @param table the table, lower case without schema
	 * @param column the column, lower case
	 * @param before whether each constraint known before is validated, by name
	 * @return the same, with these
	 */
	public Map<String, Boolean> on(String table, String column, Map<String, Boolean> before) {
		if (table == null || column == null || (this.columns.isEmpty() && this.validated.isEmpty())) {
			return before;
		}
		String prefix = Identifiers.unqualifiedKey(table) + ".";
		String name = Identifiers.unqualifiedKey(column);
		Map<String, Boolean> checks = new LinkedHashMap<>(before);
		this.columns.forEach((key, checked) -> {
			if (key.startsWith(prefix) && checked.equals(name)) {
				checks.put(key.substring(prefix.length()), this.validated.contains(key));
			}
		});
		for (String key : this.validated) {
			if (key.startsWith(prefix) && checks.containsKey(key.substring(prefix.length()))) {
				checks.put(key.substring(prefix.length()), true);
			}
		}
		return checks;
	}

	private static String key(String table, String constraint) {
		return Identifiers.unqualifiedKey(table) + "." + Identifiers.unqualifiedKey(constraint);
	}

}
