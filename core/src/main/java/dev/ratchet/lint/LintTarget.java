package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.DbmsTargetedChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.DatabaseList;
import liquibase.database.OfflineConnection;
import liquibase.exception.DatabaseException;
import liquibase.sql.visitor.SqlVisitor;

/**
 * The database the linted SQL runs on. At boot it is the connected database: SQL changes for
 * other databases are skipped as Liquibase skips them, typed changes and {@code modifySql}
 * are rendered for it, and routines and tables that already exist are read from its catalogs
 * ({@code dev.ratchet.lint.jdbc.JdbcCatalogs} reads them over JDBC). In static
 * lint it is one or more databases by name, rendered offline, and the SQL written for every
 * database is judged.
 */
public final class LintTarget {

	/** The name that stands for every database a changelog names. */
	public static final String ALL = "all";

	private static final String DEFAULT_DBMS = "postgresql";

	private final Database database;

	private final RoutineCatalog catalog;

	private final TableCatalog tables;

	private final List<String> dbms;

	private LintTarget(Database database, RoutineCatalog catalog, TableCatalog tables, List<String> dbms) {
		this.database = database;
		this.catalog = catalog;
		this.tables = tables;
		this.dbms = dbms;
	}

	/**
	 * Returns the target of an update on a database whose routines and tables are read from
	 * catalogs.
	 * @param database the database, connected
	 * @param catalog where routines that already exist are read
	 * @param tables where the sizes of tables and the types of columns are read
	 * @return the target
	 */
	public static LintTarget database(Database database, RoutineCatalog catalog, TableCatalog tables) {
		return new LintTarget(Objects.requireNonNull(database, "database"), Objects.requireNonNull(catalog, "catalog"),
				Objects.requireNonNull(tables, "tables"), List.of(database.getShortName()));
	}

	/**
	 * Returns the target of static lint for PostgreSQL.
	 * @return the target
	 */
	public static LintTarget offline() {
		return offline(List.of(DEFAULT_DBMS));
	}

	/**
	 * Returns the target of static lint for databases named as Liquibase names them.
	 * @param dbms short names such as {@code postgresql} or {@code mariadb}, or
	 * {@value #ALL} for every database the changelog names
	 * @return the target
	 * @throws IllegalArgumentException when a name is not a database Liquibase knows
	 */
	public static LintTarget offline(List<String> dbms) {
		List<String> names = new ArrayList<>();
		for (String name : dbms) {
			String shortName = name.trim().toLowerCase(Locale.ROOT);
			if (!shortName.equals(ALL) && !knownDatabases().contains(shortName)) {
				throw new IllegalArgumentException(
						"Unknown database '" + name + "'; use one of " + String.join(", ", knownDatabases()) + " or all");
			}
			names.add(shortName);
		}
		return new LintTarget(null, RoutineCatalog.none(), TableCatalog.none(),
				names.isEmpty() ? List.of(DEFAULT_DBMS) : names);
	}

	/**
	 * Returns the short names of the databases Liquibase supports.
	 * @return the names, sorted
	 */
	public static Set<String> knownDatabases() {
		Set<String> names = new TreeSet<>();
		DatabaseFactory.getInstance().getImplementedDatabases().forEach((database) -> names.add(database.getShortName()));
		names.remove("unsupported");
		return names;
	}

	/**
	 * Returns whether this is an update's target, where only the SQL for the connected
	 * database runs.
	 */
	boolean isUpdate() {
		return this.database != null;
	}

	/**
	 * Returns where routines that already exist are read.
	 */
	RoutineCatalog catalog() {
		return this.catalog;
	}

	/**
	 * Returns where table sizes and column types are read.
	 */
	TableCatalog tables() {
		return this.tables;
	}

	/**
	 * Returns whether the change runs on this target: at boot, a change for another
	 * database is skipped as Liquibase skips it; static lint judges every change.
	 */
	boolean runs(Change change) {
		if (this.database == null || !(change instanceof DbmsTargetedChange targeted)) {
			return true;
		}
		return DatabaseList.definitionMatches(targeted.getDbms(), this.database, true);
	}

	/**
	 * Returns the databases the changesets are rendered for.
	 * @param changeSets the changesets, for the names {@value #ALL} stands for
	 * @return the renderings
	 */
	List<Rendering> renderings(List<ChangeSet> changeSets) {
		if (this.database != null) {
			return List.of(new Rendering(this.database.getShortName(), () -> this.database));
		}
		Set<String> names = new LinkedHashSet<>(this.dbms);
		if (names.remove(ALL)) {
			names.addAll(namedIn(changeSets));
			if (names.isEmpty()) {
				names.add(DEFAULT_DBMS);
			}
		}
		Map<String, Rendering> renderings = new LinkedHashMap<>();
		for (String name : names) {
			renderings.put(name, new Rendering(name, () -> offlineDatabase(name)));
		}
		return new ArrayList<>(renderings.values());
	}

	private static Set<String> namedIn(List<ChangeSet> changeSets) {
		Set<String> known = knownDatabases();
		Set<String> names = new TreeSet<>();
		for (ChangeSet changeSet : changeSets) {
			addNames(changeSet.getDbmsSet(), known, names);
			for (Change change : changeSet.getChanges()) {
				if (change instanceof DbmsTargetedChange targeted && targeted.getDbms() != null) {
					addNames(Set.of(targeted.getDbms().split(",")), known, names);
				}
			}
			for (SqlVisitor visitor : changeSet.getSqlVisitors()) {
				addNames(visitor.getApplicableDbms(), known, names);
			}
		}
		return names;
	}

	private static void addNames(Set<String> dbms, Set<String> known, Set<String> names) {
		if (dbms == null) {
			return;
		}
		for (String name : dbms) {
			String shortName = name.trim().toLowerCase(Locale.ROOT).replace("!", "");
			if (known.contains(shortName)) {
				names.add(shortName);
			}
		}
	}

	private static Database offlineDatabase(String shortName) {
		try {
			OfflineConnection connection = new OfflineConnection("offline:" + shortName,
					Scope.getCurrentScope().getResourceAccessor());
			return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(connection);
		}
		catch (DatabaseException ex) {
			throw new IllegalStateException("Cannot render SQL for " + shortName + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A database the statements of changes are rendered for, created the first time a change
	 * is rendered (most changesets never are).
	 */
	static final class Rendering {

		private final String shortName;

		private final Supplier<Database> factory;

		private Database database;

		Rendering(String shortName, Supplier<Database> factory) {
			this.shortName = shortName;
			this.factory = factory;
		}

		/**
		 * Returns the database's short name, such as {@code postgresql}.
		 */
		String shortName() {
			return this.shortName;
		}

		/**
		 * Returns the database, connected or offline.
		 */
		Database database() {
			if (this.database == null) {
				this.database = this.factory.get();
			}
			return this.database;
		}

		/**
		 * Returns the changeset's {@code modifySql} visitors that apply to this database, in
		 * order.
		 */
		List<SqlVisitor> visitors(ChangeSet changeSet) {
			List<SqlVisitor> visitors = new ArrayList<>();
			for (SqlVisitor visitor : changeSet.getSqlVisitors()) {
				if (DatabaseList.definitionMatches(visitor.getApplicableDbms(), this.shortName, true)) {
					visitors.add(visitor);
				}
			}
			return visitors;
		}

	}

}
