package dev.ratchet.lint.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.ratchet.Identifiers;

/**
 * Decides whether PostgreSQL must compute a new column's default for every existing row,
 * which rewrites the table: it does when the default calls a function that is not known to
 * be immutable or stable. A constant, a cast, an operator over constants and a call of a
 * non-volatile function ({@code now()}, {@code lower('x')}, {@code timezone('utc', now())})
 * are computed once (PostgreSQL 11 and later). A function is known by PostgreSQL's own
 * catalog of built-ins, by its {@code CREATE FUNCTION} earlier in the changelog, or, at boot,
 * by the database.
 */
public final class DefaultExpressions {

	private static final String BUILT_INS = "postgresql-stable-functions.txt";

	private static final Set<String> NOT_CALLS = Set.of("CAST", "COALESCE", "NULLIF", "GREATEST", "LEAST", "ARRAY",
			"ROW", "EXTRACT", "POSITION", "SUBSTRING", "TRIM", "OVERLAY", "IN", "EXISTS", "ANY", "ALL", "SOME",
			"VALUES", "NOT", "AND", "OR", "CURRENT_TIMESTAMP", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME",
			"NORMALIZE", "COLLATION", "TREAT", "INTERVAL", "CASE", "WHEN", "THEN", "ELSE", "IS", "LIKE", "BETWEEN",
			"XMLELEMENT", "XMLFOREST", "XMLCONCAT", "XMLPARSE", "XMLSERIALIZE", "XMLROOT", "XMLPI", "XMLEXISTS",
			"JSON", "JSON_OBJECT", "JSON_ARRAY");

	private static volatile Set<String> builtIns;

	private DefaultExpressions() {
	}

	/**
	 * Finds the first call in a default that is volatile or not known to be otherwise.
	 * @param expression the default's tokens
	 * @param context what the changelog and the database say about functions
	 * @return the function's name in lower case, or {@code null} when the default is computed once
	 */
	static String volatileCall(List<SqlToken> expression, SqlContext context) {
		boolean type = false;
		for (int i = 0; i < expression.size(); i++) {
			SqlToken token = expression.get(i);
			boolean call = token.isName() && i + 1 < expression.size() && expression.get(i + 1).isSymbol("(");
			if (call && !type && !(token.kind() == SqlToken.Kind.WORD && NOT_CALLS.contains(token.value()))) {
				String name = Identifiers.unqualifiedKey(token.value());
				if (!isComputedOnce(name, context)) {
					return name;
				}
			}
			type = isTypeStart(expression, i) || (type && token.kind() == SqlToken.Kind.WORD);
		}
		return null;
	}

	/**
	 * Finds the first call in a default written as text, as Liquibase's
	 * {@code defaultValueComputed} holds it.
	 * @param expression the default, such as {@code gen_random_uuid()}
	 * @param context what the changelog and the database say about functions
	 * @return the function's name in lower case, or {@code null}
	 */
	public static String volatileCall(String expression, SqlContext context) {
		return (expression != null) ? volatileCall(SqlLexer.tokenize(expression), context) : null;
	}

	/**
	 * Returns why a call makes a default be computed for every row, for messages.
	 * @param function the function's name
	 * @param context what the changelog and the database say about functions
	 * @return such as {@code gen_random_uuid(), which is volatile}
	 */
	public static String why(String function, SqlContext context) {
		boolean known = context.volatility(function) == Volatility.VOLATILE
				|| VolatileFunctions.isVolatile(function);
		return function + "(), which is " + (known ? "volatile" : "not known to be immutable or stable");
	}

	private static boolean isComputedOnce(String function, SqlContext context) {
		Volatility volatility = context.volatility(function);
		if (volatility != null) {
			return volatility != Volatility.VOLATILE;
		}
		return !VolatileFunctions.isVolatile(function) && builtIns().contains(function);
	}

	/**
	 * Returns whether a type name starts after a token: after {@code ::}, or after
	 * {@code AS} in a {@code CAST}.
	 */
	private static boolean isTypeStart(List<SqlToken> tokens, int index) {
		SqlToken token = tokens.get(index);
		return token.is("AS") || (token.isSymbol(":") && index > 0 && tokens.get(index - 1).isSymbol(":"));
	}

	private static Set<String> builtIns() {
		Set<String> names = builtIns;
		if (names == null) {
			names = read();
			builtIns = names;
		}
		return names;
	}

	private static Set<String> read() {
		Set<String> names = new HashSet<>();
		try (InputStream input = DefaultExpressions.class.getResourceAsStream(BUILT_INS)) {
			if (input == null) {
				throw new IllegalStateException("Missing resource " + BUILT_INS);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					names.add(line.trim().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(names);
	}

}
