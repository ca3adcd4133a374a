package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;

/**
 * Reports a column's type change by what it does on the databases the SQL runs on: nothing
 * for a change made in place that old code reads the same, {@link Rule#TABLE_REWRITE} for one
 * that rewrites every row, and {@link Rule#MODIFY_DATA_TYPE} as well for one that may narrow
 * or convert values. A change whose old type is not known is {@link Rule#MODIFY_DATA_TYPE},
 * saying why it is not known.
 */
public final class TypeChanges {

	private TypeChanges() {
	}

	/**
	 * Judges a type change on every database of a context; the worst outcome counts.
	 * @param dialects the databases, empty when not known
	 * @param from the type before, or {@code null}
	 * @param to the new type
	 * @return what the change does
	 */
	public static TypeChange of(Set<String> dialects, ColumnType from, ColumnType to) {
		if (dialects.isEmpty()) {
			return TypeChange.of(null, from, to);
		}
		TypeChange worst = TypeChange.IN_PLACE;
		for (String dialect : dialects) {
			TypeChange change = TypeChange.of(dialect, from, to);
			if (change.compareTo(worst) > 0) {
				worst = change;
			}
		}
		return worst;
	}

	/**
	 * Returns the rules a type change triggers from whichever of the column's possible types
	 * before makes it worst.
	 * @param column the column
	 * @param candidates the types the column may have before; empty when not known
	 * @param to the new type as written
	 * @param computed whether a {@code USING} expression computes the new values
	 * @param context the databases, and whether the live schema was read
	 * @return the rules and messages, in report order
	 */
	public static List<Judged> judge(String column, List<ColumnType> candidates, String to, boolean computed,
			SqlContext context) {
		List<Judged> worst = null;
		for (ColumnType from : candidates.isEmpty() ? Collections.<ColumnType>singletonList(null)
				: candidates) {
			List<Judged> judged = judge(column, from, to, computed, context);
			if (worst == null || judged.size() > worst.size()) {
				worst = judged;
			}
		}
		return worst;
	}

	/**
	 * Returns the rules a type change triggers, each with its message.
	 * @param column the column
	 * @param from the type before, or {@code null} when not known
	 * @param to the new type as written
	 * @param computed whether a {@code USING} expression computes the new values
	 * @param context the databases, and whether the live schema was read
	 * @return the rules and messages, in report order
	 */
	public static List<Judged> judge(String column, ColumnType from, String to, boolean computed,
			SqlContext context) {
		List<Judged> judged = new ArrayList<>();
		String change = "changes the type of " + column + ((from != null) ? " from " + from : "") + " to " + to;
		if (from == null) {
			judged.add(new Judged(Rule.MODIFY_DATA_TYPE, change + (context.knowsLiveSchema()
					? " (the column's type before is not known: it is not in the database)"
					: " (static lint cannot know the column's type before; at boot Ratchet judges the change against the live column)")));
			return judged;
		}
		TypeChange outcome = of(context.dialects(), from, ColumnType.parse(to));
		if (computed && outcome != TypeChange.INCOMPATIBLE) {
			outcome = TypeChange.INCOMPATIBLE;
			change += " with a USING expression";
		}
		if (outcome == TypeChange.INCOMPATIBLE) {
			judged.add(new Judged(Rule.MODIFY_DATA_TYPE, change));
		}
		if (outcome != TypeChange.IN_PLACE && !context.dialects().isEmpty()) {
			judged.add(new Judged(Rule.TABLE_REWRITE, change + ", which rewrites every row"));
		}
		return judged;
	}

	/**
	 * Records what an SQL type change does, and the column's new type.
	 */
	static void judge(String table, String column, ColumnType to, List<SqlToken> using, Findings findings) {
		if (to == null) {
			return;
		}
		boolean computed = !using.isEmpty() && !isPlainCast(using, column);
		for (Judged judged : judge(column, findings.columnTypes(table, column), to.toString(), computed, findings)) {
			findings.column(judged.rule(), table, column, judged.message());
		}
		findings.columnType(table, column, to);
	}

	/**
	 * Returns whether a {@code USING} expression only casts the column to its new type
	 * ({@code c::bigint}, {@code CAST(c AS bigint)}, {@code c}), which converts as the type
	 * change itself does.
	 */
	private static boolean isPlainCast(List<SqlToken> using, String column) {
		List<SqlToken> tokens = using;
		if (tokens.size() > 2 && tokens.get(0).is("CAST") && tokens.get(1).isSymbol("(")) {
			tokens = tokens.subList(2, tokens.size());
		}
		if (tokens.isEmpty() || !tokens.get(0).isName()
				|| !Identifiers.unqualifiedKey(tokens.get(0).value()).equals(column)) {
			return false;
		}
		for (SqlToken token : tokens.subList(1, tokens.size())) {
			boolean typeSyntax = token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.NUMBER
					|| token.isSymbol(":") || token.isSymbol("(") || token.isSymbol(")") || token.isSymbol(",")
					|| token.isSymbol("[") || token.isSymbol("]");
			if (!typeSyntax) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A rule a type change triggers and its message.
	 *
	 * @param rule the rule
	 * @param message what the change does
	 */
	public record Judged(Rule rule, String message) {

	}

}
