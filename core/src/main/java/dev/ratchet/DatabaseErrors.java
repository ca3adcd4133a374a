package dev.ratchet;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the database said about a failed statement, without the rows and the SQL it quotes:
 * the driver's message with its SQLSTATE and vendor error code, but not Liquibase's
 * {@code [Failed SQL: …]}, not PostgreSQL's {@code Detail:}, {@code Hint:} and
 * {@code Where:} lines (which hold {@code Key (col)=(value)} and
 * {@code Failing row contains (…)}), and with every single-quoted value, such as
 * MariaDB's {@code Duplicate entry 'value' for key 'name'}, shown as {@code '…'}. A
 * quoted name of a table, column, key or other object stays.
 */
public final class DatabaseErrors {

	/** How a masked value is shown. */
	public static final String MASKED = "'…'";

	private static final String MASKED_NAME = "\"…\"";

	private static final String FAILED_SQL = "[Failed SQL:";

	private static final List<String> DETAIL_LABELS = List.of("Detail:", "Hint:", "Where:", "Position:",
			"Internal Query:", "Internal Position:", "Location:", "Server SQLState:", "SQL statement:");

	private static final Set<String> NAMING_WORDS = Set.of("table", "column", "key", "constraint", "index", "name",
			"database", "schema", "sequence", "view", "relation", "field", "function", "procedure", "trigger",
			"type", "partition", "tablespace", "savepoint");

	private DatabaseErrors() {
	}

	/**
	 * Describes a failure by what the database said: the message of the first
	 * {@link SQLException} in its chain, on its first line, with its SQLSTATE and vendor
	 * error code; without one, the root cause's message.
	 * @param failure the failure
	 * @return the description, holding no row value and no SQL
	 */
	public static String describe(Throwable failure) {
		SQLException sql = Causes.find(failure, SQLException.class).orElse(null);
		if (sql == null) {
			return withoutData(Causes.rootMessage(failure));
		}
		String message = (sql.getMessage() != null) ? sql.getMessage() : sql.getClass().getName();
		int newline = message.indexOf('\n');
		String first = withoutData((newline >= 0) ? message.substring(0, newline) : message);
		return first + codes(sql);
	}

	/**
	 * Removes what a message quotes from rows and SQL: everything from Liquibase's
	 * {@code [Failed SQL: …]} and from the first {@code Detail:}-style line on, and the
	 * content of quoted values.
	 * @param message the message, may be {@code null}
	 * @return the message without data, or {@code null}
	 */
	public static String withoutData(String message) {
		if (message == null) {
			return null;
		}
		String text = message;
		int failedSql = text.indexOf(FAILED_SQL);
		if (failedSql >= 0) {
			text = text.substring(0, failedSql).stripTrailing();
		}
		StringBuilder kept = new StringBuilder();
		for (String line : text.lines().toList()) {
			String trimmed = line.strip();
			if (DETAIL_LABELS.stream().anyMatch(trimmed::startsWith)) {
				break;
			}
			if (!kept.isEmpty()) {
				kept.append('\n');
			}
			kept.append(line);
		}
		return maskValues(kept.toString().stripTrailing());
	}

	private static String maskValues(String message) {
		StringBuilder masked = new StringBuilder();
		int i = 0;
		while (i < message.length()) {
			char c = message.charAt(i);
			int closeDouble = (c == '"') ? message.indexOf('"', i + 1) : -1;
			if (closeDouble > 0) {
				String quoted = message.substring(i + 1, closeDouble);
				masked.append(namesObject(message, i) ? '"' + quoted + '"'
						: (quoted.indexOf('\'') >= 0) ? '"' + maskValues(quoted) + '"' : MASKED_NAME);
				i = closeDouble + 1;
				continue;
			}
			boolean quote = c == '\'' && !isApostrophe(message, i);
			int close = quote ? message.indexOf('\'', i + 1) : -1;
			if (close < 0) {
				masked.append(c);
				i++;
				continue;
			}
			if (namesObject(message, i)) {
				masked.append(message, i, close + 1);
			}
			else {
				close = endOfValue(message, i);
				masked.append(MASKED);
			}
			i = close + 1;
		}
		return masked.toString();
	}

	/**
	 * Returns where a quoted value ends: at the last quote before the next quoted name, or
	 * at the message's last quote, so a value that holds quotes itself (the SQL MariaDB
	 * quotes after {@code near}) is masked whole.
	 */
	private static int endOfValue(String message, int open) {
		int next = open + 1;
		for (int quote = message.indexOf('\'', next); quote >= 0; quote = message.indexOf('\'', quote + 1)) {
			if (!isApostrophe(message, quote) && namesObject(message, quote)) {
				int close = message.lastIndexOf('\'', quote - 1);
				return (close > open) ? close : message.indexOf('\'', next);
			}
		}
		return message.lastIndexOf('\'');
	}

	private static boolean isApostrophe(String message, int quote) {
		return quote > 0 && quote + 1 < message.length() && Character.isLetter(message.charAt(quote - 1))
				&& Character.isLetter(message.charAt(quote + 1));
	}

	private static boolean namesObject(String message, int quote) {
		int end = quote;
		while (end > 0 && message.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetter(message.charAt(start - 1))) {
			start--;
		}
		return start < end && NAMING_WORDS.contains(message.substring(start, end).toLowerCase(Locale.ROOT));
	}

	private static String codes(SQLException sql) {
		String state = sql.getSQLState();
		int code = sql.getErrorCode();
		if (state == null && code == 0) {
			return "";
		}
		String codes = ((state != null) ? "SQLSTATE " + state : "") + ((state != null && code != 0) ? ", " : "")
				+ ((code != 0) ? "error " + code : "");
		return " (" + codes + ")";
	}

}
