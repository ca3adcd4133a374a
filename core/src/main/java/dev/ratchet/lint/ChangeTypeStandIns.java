package dev.ratchet.lint;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.ratchet.Causes;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;

/**
 * Lets static lint parse a changelog that uses change types no class on the classpath
 * provides: when Liquibase stops at an unknown change type, a stand-in for it is registered
 * and the changelog is parsed again. Change types that a build's class loader provides but
 * Liquibase's own class loader does not see (extensions on a project's classpath) are
 * registered too. All are unregistered once the lint is done, so nothing else in the same
 * process sees them.
 */
final class ChangeTypeStandIns {

	private static final String UNKNOWN = "Unknown change type '";

	private static final int LIMIT = 64;

	private final LintClassLoader classLoader;

	private final Set<String> registered = new LinkedHashSet<>();

	ChangeTypeStandIns(LintClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Runs a parse, standing in for every unknown change type it meets.
	 * @param <T> what the parse returns
	 * @param parse the parse
	 * @return what it returns once every change type is known
	 * @throws Exception when the parse fails for another reason
	 */
	<T> T parse(Callable<T> parse) throws Exception {
		while (true) {
			try {
				return parse.call();
			}
			catch (Exception ex) {
				String changeType = unknownChangeType(ex);
				if (changeType == null || this.registered.size() >= LIMIT || this.registered.contains(changeType)) {
					throw ex;
				}
				Class<?> standIn = this.classLoader.changeStandIn(changeType);
				factory().register((Change) standIn.getConstructor().newInstance());
				this.registered.add(changeType);
			}
		}
	}

	/**
	 * Registers the change types a class loader provides through
	 * {@code META-INF/services/liquibase.change.Change} that Liquibase does not know yet.
	 * @param classLoader the class loader
	 */
	void registerExtensions(ClassLoader classLoader) {
		ChangeFactory factory = factory();
		Set<String> known = factory.getDefinedChanges();
		Iterator<Change> extensions = ServiceLoader.load(Change.class, classLoader).iterator();
		while (extensions.hasNext()) {
			try {
				Change extension = extensions.next();
				String name = factory.getChangeMetaData(extension).getName();
				if (!known.contains(name) && this.registered.add(name)) {
					factory.register(extension);
				}
			}
			catch (ServiceConfigurationError | RuntimeException ex) {
				continue;
			}
		}
	}

	/**
	 * Unregisters the stand-ins and extensions registered here.
	 */
	void unregister() {
		this.registered.forEach(factory()::unregister);
		this.registered.clear();
	}

	private static ChangeFactory factory() {
		return Scope.getCurrentScope().getSingleton(ChangeFactory.class);
	}

	private static String unknownChangeType(Throwable ex) {
		for (Throwable cause : Causes.chain(ex)) {
			String message = cause.getMessage();
			int start = (message != null) ? message.indexOf(UNKNOWN) : -1;
			int end = (start >= 0) ? message.indexOf('\'', start + UNKNOWN.length()) : -1;
			if (end > start) {
				String name = message.substring(start + UNKNOWN.length(), end);
				String local = name.substring(name.indexOf(':') + 1);
				return isIdentifier(local) ? local : null;
			}
		}
		return null;
	}

	private static boolean isIdentifier(String name) {
		if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
			return false;
		}
		return name.chars().allMatch(Character::isJavaIdentifierPart);
	}

}
