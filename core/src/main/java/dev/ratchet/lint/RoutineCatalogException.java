package dev.ratchet.lint;

/**
 * Thrown when the routines of a database cannot be read from its catalog.
 */
public class RoutineCatalogException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new instance.
	 * @param message what could not be read
	 * @param cause the cause
	 */
	public RoutineCatalogException(String message, Throwable cause) {
		super(message, cause);
	}

}
