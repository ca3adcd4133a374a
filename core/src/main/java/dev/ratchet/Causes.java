package dev.ratchet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks an exception's chain of causes, the one way Ratchet does it everywhere: from the
 * exception itself to its root, stopping at a cause that is its own cause.
 */
public final class Causes {

	private Causes() {
	}

	/**
	 * Returns an exception and its causes, outermost first.
	 * @param ex the exception
	 * @return the chain, never empty
	 */
	public static List<Throwable> chain(Throwable ex) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = ex; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		return chain;
	}

	/**
	 * Returns the outermost exception of a type in the chain.
	 * @param <T> the type
	 * @param ex the exception
	 * @param type the type
	 * @return the exception, or empty
	 */
	public static <T extends Throwable> Optional<T> find(Throwable ex, Class<T> type) {
		return chain(ex).stream().filter(type::isInstance).map(type::cast).findFirst();
	}

	/**
	 * Returns the innermost cause.
	 * @param ex the exception
	 * @return the root cause, {@code ex} itself when it has none
	 */
	public static Throwable root(Throwable ex) {
		List<Throwable> chain = chain(ex);
		return chain.get(chain.size() - 1);
	}

	/**
	 * Returns the root cause's message, or its class name when it has none.
	 * @param ex the exception
	 * @return the message
	 */
	public static String rootMessage(Throwable ex) {
		Throwable root = root(ex);
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getName();
	}

}
