package dev.ratchet.lint.changelog;

import dev.ratchet.Causes;

/**
 * What an exception says, with what its causes add, for messages that name the cause of a
 * failure without a stack trace.
 */
final class Messages {

	private Messages() {
	}

	/**
	 * Returns the exception's message followed by each cause's message that it does not
	 * already contain.
	 * @param ex the exception
	 * @return the message
	 */
	static String of(Throwable ex) {
		String message = ex.getMessage();
		for (Throwable cause : Causes.chain(ex)) {
			if (cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
				message = (message != null) ? message + ": " + cause.getMessage() : cause.getMessage();
			}
		}
		return (message != null) ? message : ex.getClass().getName();
	}

}
