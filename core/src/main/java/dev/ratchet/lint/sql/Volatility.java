package dev.ratchet.lint.sql;

import java.util.List;

/**
 * How a function's result may change between calls, as PostgreSQL classifies functions
 * ({@code pg_proc.provolatile}). A column added with a default that is not volatile is filled
 * without rewriting the table (PostgreSQL 11 and later): the default is computed once.
 */
public enum Volatility {

	/** The same arguments always give the same result. */
	IMMUTABLE,

	/** The result does not change within one statement, such as {@code now()}. */
	STABLE,

	/** The result can change on every call, such as {@code random()}. */
	VOLATILE;

	/**
	 * Reads the volatility a {@code CREATE FUNCTION} statement declares, outside its body.
	 * @param tokens the statement's tokens
	 * @return the declared volatility; {@link #VOLATILE}, PostgreSQL's default, when none is
	 */
	static Volatility declaredIn(List<SqlToken> tokens) {
		for (SqlToken token : tokens) {
			if (token.is("IMMUTABLE")) {
				return IMMUTABLE;
			}
			if (token.is("STABLE")) {
				return STABLE;
			}
		}
		return VOLATILE;
	}

	/**
	 * Reads {@code pg_proc.provolatile}.
	 * @param code {@code i}, {@code s} or {@code v}
	 * @return the volatility, or {@code null} for any other code
	 */
	public static Volatility ofCatalogCode(String code) {
		if (code == null) {
			return null;
		}
		return switch (code.trim()) {
			case "i" -> IMMUTABLE;
			case "s" -> STABLE;
			case "v" -> VOLATILE;
			default -> null;
		};
	}

}
