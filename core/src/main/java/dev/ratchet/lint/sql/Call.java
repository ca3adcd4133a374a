package dev.ratchet.lint.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A routine a statement calls: {@code f(…)} anywhere in its code, {@code CALL p} or
 * {@code PERFORM f(…)}. Found on the statement's tokens, so literals and comments never
 * call anything; names that only look like calls (a table's column list after
 * {@code INTO}, {@code REFERENCES} or {@code ON}, a type's length, a keyword before a
 * parenthesis) are left out.
 *
 * @param name the routine's name, lower case without schema
 * @param procedure whether it is called with {@code CALL}, so it is a procedure rather
 * than possibly a built-in function
 */
public record Call(String name, boolean procedure) {

	private static final Set<String> NOT_A_CALL_AFTER = Set.of("INTO", "TABLE", "ON", "REFERENCES", "FUNCTION",
			"PROCEDURE", "TRIGGER", "VIEW", "TYPE", "INDEX", "USING", "EXECUTE", "KEY", "EXISTS", "JOIN", "UPDATE",
			"ONLY", "SEQUENCE", "DOMAIN", "AGGREGATE", "OPERATOR", "EXTENSION", "ROUTINE");

	private static final Set<String> KEYWORDS = Set.of("IN", "EXISTS", "VALUES", "ANY", "ALL", "SOME", "AS", "ON",
			"USING", "KEY", "UNIQUE", "CHECK", "PRIMARY", "OVER", "FILTER", "WITHIN", "AND", "OR", "NOT", "CAST",
			"SELECT", "FROM", "WHERE", "RETURNS", "TABLE", "DEFAULT", "ROW", "ARRAY", "INTERVAL", "WITH", "RETURNING",
			"SET", "LIKE", "BY", "THEN", "ELSE", "WHEN", "CASE", "IF", "IS", "RETURN", "LIMIT", "DISTINCT",
			"CONFLICT", "INCLUDE", "PARTITION", "EXCLUDE", "FOREIGN", "CONSTRAINT", "GENERATED", "IDENTITY", "STORED",
			"INSERT", "DELETE", "MERGE", "LATERAL", "NULLIF", "COALESCE", "GREATEST", "LEAST", "EXTRACT", "POSITION",
			"SUBSTRING", "TRIM", "OVERLAY", "COUNT", "SUM", "MIN", "MAX", "AVG", "LOWER", "UPPER", "NOW", "CONCAT",
			"LENGTH", "REPLACE", "ROUND", "ABS", "MOD", "SETVAL", "NEXTVAL", "CURRVAL", "LASTVAL", "TO_CHAR",
			"TO_DATE", "TO_TIMESTAMP", "TO_NUMBER", "DATE", "TIME", "TIMESTAMP", "VARCHAR", "CHAR", "CHARACTER",
			"VARYING", "NUMERIC", "DECIMAL", "NUMBER", "VARCHAR2", "NVARCHAR", "NVARCHAR2", "NCHAR", "FLOAT", "DOUBLE",
			"INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "BIT", "BINARY", "VARBINARY", "RAW", "ENUM", "BLOB",
			"CLOB", "TEXT", "STRING", "DATETIME", "DATETIME2", "PRECISION", "REAL", "MONEY", "BOOLEAN", "BOOL",
			"UUID", "JSON", "JSONB", "XML", "SERIAL", "BIGSERIAL");

	/**
	 * Creates a new instance.
	 */
	public Call {
		Objects.requireNonNull(name, "name");
	}

	/**
	 * Finds the routines a statement calls, in the order they appear.
	 * @param tokens the statement's tokens
	 * @return the calls, each routine once
	 */
	static List<Call> in(List<SqlToken> tokens) {
		Set<Call> calls = new LinkedHashSet<>();
		for (int i = 0; i < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			if ((token.is("CALL") || token.is("PERFORM")) && i + 1 < tokens.size() && tokens.get(i + 1).isName()) {
				int last = lastNamePart(tokens, i + 1);
				calls.add(new Call(name(tokens.get(last)), token.is("CALL")));
				i = last;
			}
			else if (token.isName() && isCalled(tokens, i)) {
				calls.add(new Call(name(token), false));
			}
		}
		return new ArrayList<>(calls);
	}

	private static boolean isCalled(List<SqlToken> tokens, int i) {
		SqlToken token = tokens.get(i);
		if (i + 1 >= tokens.size() || !tokens.get(i + 1).isSymbol("(")) {
			return false;
		}
		if (token.kind() == SqlToken.Kind.WORD && KEYWORDS.contains(token.value())) {
			return false;
		}
		int first = i;
		while (first >= 2 && tokens.get(first - 1).isSymbol(".") && tokens.get(first - 2).isName()) {
			first -= 2;
		}
		SqlToken before = (first > 0) ? tokens.get(first - 1) : null;
		return before == null || before.kind() != SqlToken.Kind.WORD || !NOT_A_CALL_AFTER.contains(before.value());
	}

	private static int lastNamePart(List<SqlToken> tokens, int from) {
		int i = from;
		while (i + 2 < tokens.size() && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isName()) {
			i += 2;
		}
		return i;
	}

	private static String name(SqlToken token) {
		return token.value().toLowerCase(Locale.ROOT);
	}

}
