package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The functions whose value changes from one call to the next ({@code random()},
 * {@code gen_random_uuid()}, {@code nextval(…)}, {@code clock_timestamp()}, …): an expression
 * that calls one is never equal to itself, and a column default that calls one is computed
 * for every existing row.
 */
public final class VolatileFunctions {

	private static final Set<String> NAMES = Set.of("RANDOM", "RAND", "NEWID", "UUID", "RANDOM_UUID",
			"GEN_RANDOM_UUID", "UUID_GENERATE_V1", "UUID_GENERATE_V4", "NEXTVAL", "CLOCK_TIMESTAMP", "SYS_GUID",
			"TIMEOFDAY", "CURRVAL", "LASTVAL", "SETVAL", "SETSEED", "UUIDV4", "UUIDV7", "UUID_GENERATE_V1MC",
			"GEN_RANDOM_BYTES", "UUID_SHORT", "RANDOM_NORMAL");

	private VolatileFunctions() {
	}

	/**
	 * Returns whether SQL calls a volatile function, in its code (not in literals).
	 * @param sql an expression or statement
	 * @return whether it calls one
	 */
	public static boolean calledIn(String sql) {
		return sql != null && calledIn(SqlLexer.tokenize(sql));
	}

	/**
	 * Returns whether a function is known to be volatile.
	 * @param function the function's name, any case
	 * @return whether it is
	 */
	static boolean isVolatile(String function) {
		return NAMES.contains(function.toUpperCase(Locale.ROOT));
	}

	static boolean calledIn(List<SqlToken> tokens) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			if (token.kind() == SqlToken.Kind.WORD && NAMES.contains(token.value()) && tokens.get(i + 1).isSymbol("(")) {
				return true;
			}
		}
		return false;
	}

}
