package dev.ratchet.lint;

/**
 * Thrown when a configured approval is not of the form {@code file::id::author=rule-id}.
 */
public class InvalidApprovalException extends IllegalArgumentException {

	/**
	 * Creates a new instance.
	 * @param entry the entry as written
	 * @param source where it was written, such as a property name
	 */
	public InvalidApprovalException(String entry, String source) {
		super("Invalid approval '" + entry + "' in " + source + "; expected file::id::author=rule-id[,rule-id]");
	}

}
