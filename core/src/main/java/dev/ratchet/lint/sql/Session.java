package dev.ratchet.lint.sql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What SQL sets in its session for dynamic SQL to run later: the statements it prepares
 * under a name and the values of its session variables. Names are compared ignoring case.
 */
final class Session {

	private final Set<String> prepared = new HashSet<>();

	private final Map<String, String> variables = new HashMap<>();

	/**
	 * Records a statement prepared under a name ({@code PREPARE name …}).
	 */
	void prepared(String name) {
		this.prepared.add(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Returns whether a statement was prepared under a name.
	 */
	boolean isPrepared(String name) {
		return this.prepared.contains(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Records the value of a session variable ({@code SET @name = …}): its text when it is
	 * a literal, {@code null} when it is assembled.
	 */
	void variable(String name, String literal) {
		this.variables.put(name.toLowerCase(Locale.ROOT), literal);
	}

	/**
	 * Returns the literal text of a session variable, or {@code null} when it is not known
	 * or was assembled.
	 */
	String variable(String name) {
		return this.variables.get(name.toLowerCase(Locale.ROOT));
	}

}
