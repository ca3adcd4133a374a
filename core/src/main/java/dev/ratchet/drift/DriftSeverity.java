package dev.ratchet.drift;

import java.util.Locale;

/**
 * How bad a drift item is.
 */
public enum DriftSeverity {

	/** Breaks inserts or queries. */
	ERROR,

	/** May break code. */
	WARN,

	/** Normal under additive-only migrations. */
	INFO;

	/**
	 * Returns the severity as the endpoint and the properties spell it.
	 * @return {@code error}, {@code warn} or {@code info}
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return id();
	}

}
