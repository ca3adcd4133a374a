package dev.ratchet.lint;

/**
 * Thrown when a changelog cannot be read or parsed; the message names the file and, where
 * the parser reports it, the line.
 */
public class ChangeLogLintException extends Exception {

	/**
	 * Creates a new instance.
	 * @param message what could not be read, naming the file
	 * @param cause the parser's exception
	 */
	public ChangeLogLintException(String message, Throwable cause) {
		super(message, cause);
	}

}
