package dev.ratchet.drift;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import dev.ratchet.Identifiers;

/**
 * Turns a catalog or schema name as a user writes it into what {@link DatabaseMetaData}
 * expects.
 */
final class MetaDataNames {

	private MetaDataNames() {
	}

	/**
	 * Returns the name as the database stores it: a quoted name without its quotes and as
	 * written; an unquoted name written all in lower case on a database that stores
	 * unquoted names in upper case (H2), or the reverse (PostgreSQL), folded; any other
	 * name as written.
	 */
	static String stored(DatabaseMetaData metaData, String name) throws SQLException {
		if (name == null) {
			return null;
		}
		String unquoted = Identifiers.unquote(name);
		if (!unquoted.equals(name.trim())) {
			return unquoted;
		}
		if (metaData.storesUpperCaseIdentifiers() && name.equals(name.toLowerCase(Locale.ROOT))) {
			return name.toUpperCase(Locale.ROOT);
		}
		if (metaData.storesLowerCaseIdentifiers() && name.equals(name.toUpperCase(Locale.ROOT))) {
			return name.toLowerCase(Locale.ROOT);
		}
		return name;
	}

	/**
	 * Returns a pattern that matches exactly the name: its {@code _} and {@code %} escaped.
	 */
	static String exactPattern(DatabaseMetaData metaData, String name) throws SQLException {
		String escape = metaData.getSearchStringEscape();
		if (name == null || escape == null || escape.isEmpty()) {
			return name;
		}
		StringBuilder pattern = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '_' || c == '%' || escape.indexOf(c) >= 0) {
				pattern.append(escape);
			}
			pattern.append(c);
		}
		return pattern.toString();
	}

}
