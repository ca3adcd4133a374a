package dev.ratchet.lint;

/**
 * What validation does with findings of severity block ({@code ratchet.validation.mode}), at
 * boot and in static lint alike.
 */
public enum ValidationMode {

	/**
	 * Blocking findings stop the update before any changeset runs.
	 */
	ENFORCE,

	/**
	 * Blocking findings are logged and the update runs.
	 */
	WARN,

	/**
	 * Pending changesets are not checked.
	 */
	OFF;

	/**
	 * Reads a mode as a property spells it.
	 * @param value such as {@code warn}, in any case
	 * @param source the property, for the message
	 * @return the mode
	 * @throws IllegalArgumentException when there is no mode of that name, naming the property
	 */
	public static ValidationMode of(String value, String source) {
		for (ValidationMode mode : values()) {
			if (mode.name().equalsIgnoreCase(value.trim())) {
				return mode;
			}
		}
		throw new IllegalArgumentException("Invalid value '" + value + "' for " + source + ": use enforce, warn or off");
	}

}
