package dev.ratchet.lint.changelog;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.ratchet.Causes;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.DatabaseChange;

/**
 * Lets static lint parse a changelog that uses change types no class on the classpath
 * provides: when Liquibase stops at an unknown change type, a stand-in for it is registered
 * and the changelog is parsed again. Change types that a build's class loader provides but
 * Liquibase's own class loader does not see (extensions on a project's classpath) are
 * registered too. Liquibase keeps change types in one registry per process, which it does not
 * guard against changes while it parses; so lints read under a shared lock and register under
 * an exclusive one, registrations are counted across lints running at once (a parallel
 * build), and each is unregistered when the last lint that needs it is done: nothing is left
 * changed, and no lint loses a change type another one registered.
 */
final class ChangeTypeStandIns {

	private static final String UNKNOWN = "Unknown change type '";

	private static final int LIMIT = 64;

	private static final ReadWriteLock REGISTRY = new ReentrantReadWriteLock();

	private static final Map<String, Integer> USERS = new HashMap<>();

	private final LintClassLoader classLoader;

	private final Set<String> registered = new LinkedHashSet<>();

	ChangeTypeStandIns(LintClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Parses and reads a changelog, standing in for every unknown change type the parse meets.
	 * @param <T> what is read
	 * @param read the parse and what reads its result
	 * @return what it returns once every change type is known
	 * @throws Exception when the parse or the read fails for another reason
	 */
	<T> T read(Callable<T> read) throws Exception {
		while (true) {
			String changeType;
			REGISTRY.readLock().lock();
			try {
				return read.call();
			}
			catch (Exception ex) {
				changeType = unknownChangeType(ex);
				if (changeType == null || this.registered.size() >= LIMIT || this.registered.contains(changeType)) {
					throw ex;
				}
			}
			finally {
				REGISTRY.readLock().unlock();
			}
			Change standIn = (Change) this.classLoader.changeStandIn(changeType).getConstructor().newInstance();
			REGISTRY.writeLock().lock();
			try {
				register(changeType, standIn);
			}
			finally {
				REGISTRY.writeLock().unlock();
			}
		}
	}

	/**
	 * Registers the change types a class loader provides through
	 * {@code META-INF/services/liquibase.change.Change} that Liquibase does not know yet. A
	 * provider whose {@link DatabaseChange} annotation names a change type Liquibase has is
	 * not instantiated.
	 * @param classLoader the class loader
	 */
	void registerExtensions(ClassLoader classLoader) {
		REGISTRY.writeLock().lock();
		try {
			ChangeFactory factory = factory();
			Set<String> known = factory.getDefinedChanges();
			Iterator<ServiceLoader.Provider<Change>> providers = ServiceLoader.load(Change.class, classLoader)
				.stream()
				.iterator();
			while (providers.hasNext()) {
				try {
					ServiceLoader.Provider<Change> provider = providers.next();
					DatabaseChange annotation = provider.type().getAnnotation(DatabaseChange.class);
					if (annotation != null && isLiquibases(annotation.name(), known)) {
						continue;
					}
					Change extension = provider.get();
					String name = factory.getChangeMetaData(extension).getName();
					if (!isLiquibases(name, known) && !this.registered.contains(name)) {
						register(name, extension);
					}
				}
				catch (ServiceConfigurationError | RuntimeException ex) {
					continue;
				}
			}
		}
		finally {
			REGISTRY.writeLock().unlock();
		}
	}

	/**
	 * Unregisters the stand-ins and extensions registered here that no other lint still uses.
	 */
	void unregister() {
		REGISTRY.writeLock().lock();
		try {
			for (String name : this.registered) {
				int users = USERS.getOrDefault(name, 0);
				if (users > 1) {
					USERS.put(name, users - 1);
				}
				else if (users == 1) {
					USERS.remove(name);
					factory().unregister(name);
				}
			}
			this.registered.clear();
		}
		finally {
			REGISTRY.writeLock().unlock();
		}
	}

	private void register(String name, Change change) {
		this.registered.add(name);
		if (ownedByLiquibase(name)) {
			return;
		}
		if (USERS.merge(name, 1, Integer::sum) == 1) {
			factory().register(change);
		}
	}

	private static boolean ownedByLiquibase(String name) {
		return isLiquibases(name, factory().getDefinedChanges());
	}

	private static boolean isLiquibases(String name, Set<String> known) {
		return !USERS.containsKey(name) && known.contains(name);
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
