package dev.ratchet.state;

import java.util.Locale;
import java.util.Set;

/**
 * Removes credentials from JDBC URLs: user info before {@code @} and parameters such as
 * {@code password}, whether written {@code ?a=b&c=d} or {@code ;a=b;c=d}.
 */
public final class JdbcUrls {

	private static final Set<String> SECRET_KEYS = Set.of("password", "pwd", "passwd", "user", "username", "userid",
			"sslpassword", "sslkey", "secret", "token", "accesstoken", "apikey", "credentials", "authentication");

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
		String withoutUserInfo = removeUserInfo(url);
		StringBuilder sanitized = new StringBuilder();
		boolean inQuery = false;
		int start = 0;
		char separator = 0;
		for (int i = 0; i <= withoutUserInfo.length(); i++) {
			char c = (i < withoutUserInfo.length()) ? withoutUserInfo.charAt(i) : 0;
			if (i == withoutUserInfo.length() || c == '?' || c == '&' || c == ';') {
				String part = withoutUserInfo.substring(start, i);
				if (separator == 0) {
					sanitized.append(part);
				}
				else if (!isSecret(part)) {
					boolean query = separator == '?' || separator == '&';
					sanitized.append(query ? (inQuery ? '&' : '?') : ';').append(part);
					inQuery |= query;
				}
				separator = c;
				start = i + 1;
			}
		}
		return sanitized.toString();
	}

	private static boolean isSecret(String parameter) {
		int equals = parameter.indexOf('=');
		String key = (equals >= 0) ? parameter.substring(0, equals) : parameter;
		return SECRET_KEYS.contains(key.trim().toLowerCase(Locale.ROOT));
	}

	private static String removeUserInfo(String url) {
		int authority = url.indexOf("//");
		int end = (authority >= 0) ? firstOf(url, authority + 2, '/', '?', ';') : firstOf(url, 0, '?', ';');
		int at = url.lastIndexOf('@', end - 1);
		if (at < 0) {
			return url;
		}
		int from = (authority >= 0) ? authority + 2 : url.lastIndexOf(':', at) + 1;
		if (from > at) {
			return url;
		}
		return url.substring(0, from) + url.substring(at + 1);
	}

	private static int firstOf(String text, int from, char... chars) {
		int first = text.length();
		for (char c : chars) {
			int index = text.indexOf(c, from);
			if (index >= 0 && index < first) {
				first = index;
			}
		}
		return first;
	}

}
