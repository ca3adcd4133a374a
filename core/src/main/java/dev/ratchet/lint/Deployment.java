package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import liquibase.ContextExpression;
import liquibase.Contexts;
import liquibase.Labels;
import liquibase.changelog.ChangeSet;
import liquibase.database.DatabaseList;

/**
 * The databases a changeset runs on, from its {@code dbms} and from the contexts and labels
 * it (or an include above it) names after databases: a changelog that serves several
 * databases writes {@code context="postgresql"} beside {@code context="mysql"}, and each holds
 * on its own database only. Other contexts are not alternatives: a database may be updated
 * with one set of contexts and later with another (an initial load, then the rest), so
 * changesets that differ only by them share one history. Static lint keeps a column's type
 * history per database: a type change is judged against the types that the changesets of its
 * own databases gave the column.
 */
final class Deployment {

	/** The deployments of a changeset that names no database. */
	static final Deployment EVERY = new Deployment(null);

	private static final Map<String, String> ALIASES = Map.of("postgres", "postgresql", "pg", "postgresql", "pgsql",
			"postgresql", "sqlserver", "mssql", "crdb", "cockroachdb", "cockroach", "cockroachdb", "maria", "mariadb",
			"oracledb", "oracle");

	private static final String OTHER_DATABASE = "ratchet-other-database";

	private static final String ANY_CONTEXT = "ratchet-deployment";

	private static final int ATOM_LIMIT = 8;

	private static final Set<String> OPERATORS = Set.of("and", "or", "not");

	private static final Map<String, Set<String>> KNOWN = new ConcurrentHashMap<>();

	private static final int SEEN_LIMIT = 4096;

	/** Deployments by what a changeset names: changelogs repeat a few combinations. */
	private static final Map<String, Deployment> SEEN = new ConcurrentHashMap<>();

	private final Set<String> databases;

	private Deployment(Set<String> databases) {
		this.databases = databases;
	}

	/**
	 * Returns the databases a changeset runs on.
	 * @param changeSet the changeset
	 * @return its deployments
	 */
	static Deployment of(ChangeSet changeSet) {
		List<ContextExpression> contexts = new ArrayList<>(changeSet.getInheritableContextFilter());
		ContextExpression own = changeSet.getContextFilter();
		if (own != null && !own.isEmpty()) {
			contexts.add(own);
		}
		Set<String> labels = new LinkedHashSet<>();
		databaseLabels(changeSet.getLabels(), labels);
		changeSet.getInheritableLabels().forEach((inherited) -> databaseLabels(inherited, labels));
		Set<String> dbms = (changeSet.getDbmsSet() != null) ? normalized(changeSet.getDbmsSet()) : Set.of();
		String key = dbms + "|" + labels + "|" + contexts.stream().map(ContextExpression::toString).toList();
		if (SEEN.size() > SEEN_LIMIT) {
			SEEN.clear();
		}
		return SEEN.computeIfAbsent(key, (k) -> of(contexts, labels, dbms));
	}

	private static Deployment of(List<ContextExpression> contexts, Set<String> labels, Set<String> dbms) {
		boolean namesDatabases = !dbms.isEmpty() || !labels.isEmpty()
				|| contexts.stream().anyMatch((expression) -> atoms(expression).stream().anyMatch(Deployment::isDatabase));
		if (!namesDatabases) {
			return EVERY;
		}
		Set<String> databases = new LinkedHashSet<>();
		for (String database : candidates()) {
			boolean dbmsMatches = dbms.isEmpty() || DatabaseList.definitionMatches(dbms, database, true);
			boolean labelsMatch = labels.isEmpty() || labels.contains(database);
			if (dbmsMatches && labelsMatch && contexts.stream().allMatch((expression) -> holds(expression, database))) {
				databases.add(database);
			}
		}
		return new Deployment(Set.copyOf(databases));
	}

	/**
	 * Returns these deployments narrowed to a change's own {@code dbms}.
	 * @param changeDbms the change's {@code dbms}, or {@code null}
	 * @return the databases the change runs on
	 */
	Deployment and(String changeDbms) {
		if (changeDbms == null || changeDbms.isBlank()) {
			return this;
		}
		Set<String> dbms = normalized(List.of(changeDbms.split(",")));
		Set<String> databases = new LinkedHashSet<>();
		for (String database : (this.databases != null) ? this.databases : candidates()) {
			if (DatabaseList.definitionMatches(dbms, database, true)) {
				databases.add(database);
			}
		}
		return new Deployment(Set.copyOf(databases));
	}

	/**
	 * Returns whether some database runs both these changesets and another's.
	 * @param other the other's deployments
	 * @return whether they share a database
	 */
	boolean overlaps(Deployment other) {
		if (this.databases == null || other.databases == null) {
			return true;
		}
		return other.databases.stream().anyMatch(this.databases::contains);
	}

	/**
	 * Returns whether every database that runs another's changesets runs these too.
	 * @param other the other's deployments
	 * @return whether these always run with it
	 */
	boolean covers(Deployment other) {
		if (this.databases == null) {
			return true;
		}
		return other.databases != null && this.databases.containsAll(other.databases);
	}

	/**
	 * Returns the databases whose rules judge these changesets: those of a target they run
	 * on, else (a changeset only for other databases) the databases they run on.
	 * @param target the databases static lint renders for
	 * @return the databases to judge by
	 */
	Set<String> dialects(Set<String> target) {
		if (this.databases == null) {
			return target;
		}
		Set<String> judged = new LinkedHashSet<>(target);
		judged.retainAll(this.databases);
		if (judged.isEmpty()) {
			judged.addAll(this.databases);
			judged.remove(OTHER_DATABASE);
		}
		return judged.isEmpty() ? target : Set.copyOf(judged);
	}

	/**
	 * Returns whether a context expression can hold on a database: with the contexts named
	 * after it holding, those named after other databases not, and any others as they may.
	 */
	private static boolean holds(ContextExpression expression, String database) {
		List<String> free = new ArrayList<>();
		Set<String> fixed = new LinkedHashSet<>();
		fixed.add(ANY_CONTEXT);
		for (String atom : atoms(expression)) {
			if (!isDatabase(atom)) {
				free.add(atom);
			}
			else if (database.equals(databaseOf(atom))) {
				fixed.add(atom);
			}
		}
		if (free.size() > ATOM_LIMIT) {
			return true;
		}
		for (int mask = 0; mask < (1 << free.size()); mask++) {
			Set<String> holding = new LinkedHashSet<>(fixed);
			for (int i = 0; i < free.size(); i++) {
				if ((mask & (1 << i)) != 0) {
					holding.add(free.get(i));
				}
			}
			if (expression.matches(new Contexts(holding))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> atoms(ContextExpression expression) {
		Set<String> atoms = new LinkedHashSet<>();
		for (String written : expression.getContexts()) {
			for (String atom : written.toLowerCase(Locale.ROOT).split("[^a-z0-9_.-]+")) {
				if (!atom.isEmpty() && !OPERATORS.contains(atom)) {
					atoms.add(atom);
				}
			}
		}
		return atoms;
	}

	private static void databaseLabels(Labels labels, Set<String> databases) {
		if (labels == null) {
			return;
		}
		for (String label : labels.getLabels()) {
			String database = databaseOf(label.toLowerCase(Locale.ROOT).trim());
			if (database != null) {
				databases.add(database);
			}
		}
	}

	private static boolean isDatabase(String name) {
		return databaseOf(name) != null;
	}

	/**
	 * Returns the database a context or label names, or {@code null} when it names none.
	 */
	private static String databaseOf(String name) {
		String database = ALIASES.getOrDefault(name, name);
		return candidates().contains(database) ? database : null;
	}

	private static Set<String> candidates() {
		return KNOWN.computeIfAbsent("", (key) -> {
			Set<String> names = new LinkedHashSet<>(LintTarget.knownDatabases());
			names.add(OTHER_DATABASE);
			return Set.copyOf(names);
		});
	}

	private static Set<String> normalized(Collection<String> dbms) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : dbms) {
			String trimmed = name.trim().toLowerCase(Locale.ROOT);
			if (!trimmed.isEmpty() && !trimmed.equals("all")) {
				boolean negated = trimmed.startsWith("!");
				String bare = trimmed.replace("!", "");
				String database = ALIASES.getOrDefault(bare, bare);
				names.add(negated ? "!" + database : database);
			}
		}
		return names;
	}

}
