package dev.ratchet.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes credentials from JDBC URLs: user info ({@code user:pass@host}, Oracle's
 * {@code user/pass@host}) and every parameter whose key names a user, a password, a secret,
 * a token, a key (a name ending in "key") or credentials, in each form the supported drivers read: {@code ?a=b&c=d},
 * {@code ;a=b} (SQL Server's {@code {…}} quoting included), MySQL's and MariaDB's
 * {@code (host=h,password=p)} and {@code address=(host=h)(password=p)}, and DB2's
 * {@code /db:a=b;}.
 */
public final class JdbcUrls {

	private static final List<String> SECRET_WORDS = List.of("password", "passwd", "pwd", "secret", "token",
			"credential");

	private static final Set<String> USER_KEYS = Set.of("user", "username", "userid", "uid", "authentication");

	private static final String DELIMITERS = "?&;(),";

	private JdbcUrls() {
	}

	/**
	 * Returns the URL without credentials.
	 * @param url the JDBC URL, may be {@code null}
	 * @return the sanitized URL, or {@code null}
	 */
	public static String sanitize(String url) {
		if (url == null) {
			return null;
		}
		return removeSecretParameters(removeUserInfo(url));
	}

	private static String removeSecretParameters(String url) {
		StringBuilder sanitized = new StringBuilder();
		char carried = 0;
		for (Part part : parts(url)) {
			if (part.isSecret()) {
				carried = (carried != 0) ? carried : part.delimiter();
				continue;
			}
			char delimiter = part.delimiter();
			if (carried != 0 && isContinuation(delimiter)) {
				if (part.text().isEmpty()) {
					continue;
				}
				delimiter = carried;
			}
			else if (carried == '(' && delimiter == ')') {
				delimiter = 0;
			}
			carried = 0;
			if (delimiter != 0) {
				sanitized.append(delimiter);
			}
			sanitized.append(part.text());
		}
		return sanitized.toString();
	}

	private static boolean isContinuation(char delimiter) {
		return delimiter == '&' || delimiter == ';' || delimiter == ',';
	}

	private static List<Part> parts(String url) {
		List<Part> parts = new ArrayList<>();
		char delimiter = 0;
		int start = 0;
		int i = 0;
		while (i <= url.length()) {
			if (i < url.length() && !isDelimiter(url, i)) {
				i = (url.charAt(i) == '=') ? endOfValue(url, i + 1, delimiter) : i + 1;
				continue;
			}
			parts.add(new Part(delimiter, url.substring(start, Math.min(i, url.length()))));
			if (i < url.length()) {
				delimiter = url.charAt(i);
			}
			start = i + 1;
			i++;
		}
		return parts;
	}

	private static boolean isDelimiter(String url, int index) {
		char c = url.charAt(index);
		return DELIMITERS.indexOf(c) >= 0 || (c == ':' && startsParameter(url, index + 1));
	}

	private static boolean startsParameter(String url, int from) {
		int i = from;
		while (i < url.length() && (Character.isLetterOrDigit(url.charAt(i)) || url.charAt(i) == '_'
				|| url.charAt(i) == '.')) {
			i++;
		}
		return i > from && i < url.length() && url.charAt(i) == '=';
	}

	private static int endOfValue(String url, int from, char delimiter) {
		String ends = switch (delimiter) {
			case '?', '&' -> "&";
			case ';', ':' -> ";";
			case '(', ',' -> ",)";
			default -> DELIMITERS;
		};
		int i = from;
		if (i < url.length() && url.charAt(i) == '{' && ends.equals(";")) {
			i = endOfBraces(url, i + 1);
		}
		while (i < url.length() && ends.indexOf(url.charAt(i)) < 0) {
			i++;
		}
		return i;
	}

	private static int endOfBraces(String url, int from) {
		int i = from;
		while (i < url.length()) {
			if (url.charAt(i) == '}') {
				if (i + 1 < url.length() && url.charAt(i + 1) == '}') {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return i;
	}

	/**
	 * Removes {@code user:password@} from the authority ({@code //…} up to the first
	 * {@code /} or {@code ;}), or Oracle's {@code user/password@} after {@code thin:}; an
	 * {@code @} anywhere else (a path, a parameter's value) is left alone.
	 */
	private static String removeUserInfo(String url) {
		if (url.regionMatches(true, 0, "jdbc:oracle:", 0, "jdbc:oracle:".length())) {
			int at = url.indexOf('@');
			return (at < 0) ? url : url.substring(0, userInfoStart(url, at)) + url.substring(at);
		}
		int authority = url.indexOf("//");
		if (authority < 0) {
			return url;
		}
		int start = authority + 2;
		int end = start;
		while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != ';') {
			end++;
		}
		int at = url.lastIndexOf('@', end - 1);
		return (at < start) ? url : url.substring(0, start) + url.substring(at + 1);
	}

	private static int userInfoStart(String url, int at) {
		int colon = -1;
		for (int i = 0; i < 3; i++) {
			colon = url.indexOf(':', colon + 1);
			if (colon < 0 || colon > at) {
				return url.lastIndexOf(':', at) + 1;
			}
		}
		return colon + 1;
	}

	/**
	 * One piece of a URL between delimiters.
	 *
	 * @param delimiter the delimiter before it, {@code 0} for the first piece
	 * @param text the piece
	 */
	private record Part(char delimiter, String text) {

		boolean isSecret() {
			if (this.delimiter == 0 || this.delimiter == ')') {
				return false;
			}
			int equals = this.text.indexOf('=');
			boolean bare = this.delimiter == '?' || this.delimiter == '&' || this.delimiter == ';';
			if (equals < 0 && !bare) {
				return false;
			}
			String key = letters((equals >= 0) ? this.text.substring(0, equals) : this.text);
			return USER_KEYS.contains(key) || SECRET_WORDS.stream().anyMatch(key::contains) || key.endsWith("key");
		}

		private static String letters(String key) {
			StringBuilder letters = new StringBuilder();
			key.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
			return letters.toString().toLowerCase(Locale.ROOT);
		}

	}

}
