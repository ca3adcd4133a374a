package dev.ratchet;

import java.util.Locale;
import java.util.Set;

/**
 * The names of Liquibase's own tables, as Liquibase names them unless told otherwise.
 */
public final class LiquibaseTables {

	/** The changelog table. */
	public static final String CHANGELOG = "DATABASECHANGELOG";

	/** The changelog lock table. */
	public static final String LOCK = "DATABASECHANGELOGLOCK";

	private LiquibaseTables() {
	}

	/**
	 * Returns a changelog's two tables, in lower case.
	 * @param changeLog the changelog table, or {@code null} for the default
	 * @param lock the lock table, or {@code null} for the default
	 * @return their names
	 */
	public static Set<String> lowerCase(String changeLog, String lock) {
		return Set.of(orDefault(changeLog, CHANGELOG).toLowerCase(Locale.ROOT),
				orDefault(lock, LOCK).toLowerCase(Locale.ROOT));
	}

	/**
	 * Returns a table name, or the default when none is given.
	 * @param name the configured name, or {@code null} or blank
	 * @param defaultName the default
	 * @return the name
	 */
	public static String orDefault(String name, String defaultName) {
		return (name != null && !name.isBlank()) ? name : defaultName;
	}

}
