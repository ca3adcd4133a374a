package dev.ratchet.boot.liquibase;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.ratchet.boot.liquibase.MigrationRuns.ParsedChangeLog;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.state.ChangeLogTarget;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStateReader;
import dev.ratchet.state.RunOutcome;
import liquibase.changelog.ChangeLogParameters;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.StringUtils;

/**
 * The latest state of every {@link SpringLiquibase} bean, with the drift between the
 * entities and its database and what compat mode degrades there. The endpoint, the health
 * indicator and the metrics read {@link #current()}, which never touches the database; only
 * {@link #refresh()} does. While the first snapshot is taken in the background,
 * {@link #current()} waits for it at most {@link #READ_BUDGET}, then answers each bean as
 * {@code UNKNOWN} with {@link #FIRST_SNAPSHOT_PENDING} as its error; {@link #latest()}, which
 * the gauges read, answers so at once.
 */
public class MigrationSnapshots {

	private static final Log logger = LogFactory.getLog(MigrationSnapshots.class);

	/** How long a reader waits for the first snapshot: a request's budget. */
	public static final Duration READ_BUDGET = Duration.ofSeconds(3);

	/** The error of a bean's state before the first snapshot is taken. */
	public static final String FIRST_SNAPSHOT_PENDING = "The first migration state snapshot is still being taken";

	private final Supplier<Map<String, SpringLiquibase>> beans;

	private final MigrationRuns runs;

	private final MigrationStateReader reader;

	private final Clock clock;

	private final EntityMappings entityMappings;

	private final CompatPlans compatPlans;

	private final Consumer<LiveSchema> schemaListener;

	private final Map<String, ParsedChangeLog> parsedHere = new ConcurrentHashMap<>();

	private final CountDownLatch firstRefresh = new CountDownLatch(1);

	private volatile boolean refreshExpected;

	private volatile Map<String, MigrationState> states = Map.of();

	private final List<Runnable> takenListeners = new CopyOnWriteArrayList<>();

	/**
	 * Creates a new instance.
	 * @param beans the {@code SpringLiquibase} beans by name
	 * @param runs the boot-time updates
	 * @param reader reads one changelog's state
	 * @param clock the clock
	 * @param entityMappings the entity models to compare with each bean's database
	 * @param compatPlans what compat mode degrades, to report and re-check
	 * @param schemaListener told of each schema read for a database compat mode works on
	 */
	public MigrationSnapshots(Supplier<Map<String, SpringLiquibase>> beans, MigrationRuns runs,
			MigrationStateReader reader, Clock clock, EntityMappings entityMappings, CompatPlans compatPlans,
			Consumer<LiveSchema> schemaListener) {
		this.beans = beans;
		this.runs = runs;
		this.reader = reader;
		this.clock = clock;
		this.entityMappings = entityMappings;
		this.compatPlans = compatPlans;
		this.schemaListener = schemaListener;
	}

	/**
	 * Returns the latest state of every bean, without touching the database; before the
	 * first snapshot, waits for it at most {@link #READ_BUDGET}. For a request.
	 * @return the states by bean name
	 */
	public Map<String, MigrationState> current() {
		if (!taken()) {
			awaitFirstRefresh();
		}
		return latest();
	}

	/**
	 * Returns the latest state of every bean at once, never waiting: before the first
	 * snapshot each bean is {@code UNKNOWN} with {@link #FIRST_SNAPSHOT_PENDING}. For a gauge,
	 * which a scrape reads many times.
	 * @return the states by bean name
	 */
	public Map<String, MigrationState> latest() {
		if (taken()) {
			return this.states;
		}
		Map<String, MigrationState> pending = new LinkedHashMap<>();
		this.runs.beanNames()
			.forEach((name) -> pending.put(name, MigrationState.unknown(this.clock.instant(),
					this.runs.lastRun(name).orElse(null), FIRST_SNAPSHOT_PENDING)));
		return pending;
	}

	/**
	 * Returns whether the first snapshot has been taken (or none is coming).
	 * @return whether readers get a real state
	 */
	public boolean taken() {
		return !this.refreshExpected || this.firstRefresh.getCount() == 0;
	}

	/**
	 * Runs an action once the first snapshot has been taken, at once when it has.
	 * @param action the action
	 */
	public void whenTaken(Runnable action) {
		this.takenListeners.add(action);
		if (taken() && this.takenListeners.remove(action)) {
			action.run();
		}
	}

	/**
	 * Announces that the first snapshot is being taken in the background: until it is,
	 * readers get {@link #FIRST_SNAPSHOT_PENDING} rather than nothing.
	 */
	public void expectRefresh() {
		this.refreshExpected = true;
	}

	/**
	 * Stops waiting for a first snapshot that will not come.
	 */
	void abandonRefresh() {
		firstRefreshDone();
	}

	private void awaitFirstRefresh() {
		try {
			this.firstRefresh.await(READ_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void firstRefreshDone() {
		if (this.firstRefresh.getCount() == 0) {
			return;
		}
		this.firstRefresh.countDown();
		for (Runnable listener : this.takenListeners) {
			if (this.takenListeners.remove(listener)) {
				listener.run();
			}
		}
	}

	/**
	 * Reads the state of every bean from its database. A bean whose state cannot be read is
	 * {@code UNKNOWN}; the others are still read.
	 */
	public void refresh() {
		refresh(false);
	}

	/**
	 * Takes the snapshot of startup, unless one has been taken already: it reuses the
	 * schema compat mode read while the persistence units were built, moments before.
	 */
	public void refreshAtStartup() {
		refresh(true);
	}

	private synchronized void refresh(boolean atStartup) {
		if (atStartup && this.firstRefresh.getCount() == 0) {
			return;
		}
		Map<String, SpringLiquibase> beans = this.beans.get();
		EntityChecks entityChecks = EntityChecks.of(this.entityMappings, this.compatPlans, this.schemaListener,
				beans.size(), atStartup);
		Map<String, MigrationState> refreshed = new LinkedHashMap<>();
		try {
			beans.forEach((name, bean) -> refreshed.put(name, read(name, bean, entityChecks, atStartup)));
			this.states = Map.copyOf(refreshed);
		}
		finally {
			firstRefreshDone();
		}
	}

	private MigrationState read(String name, SpringLiquibase bean, EntityChecks entityChecks, boolean atStartup) {
		try (Connection connection = bean.getDataSource().getConnection()) {
			Database database = database(bean, connection);
			ParsedChangeLog parsed = this.runs.changeLog(name)
				.orElseGet(() -> this.parsedHere.computeIfAbsent(name, (key) -> parse(bean, database)));
			ChangeLogTarget target = new ChangeLogTarget(bean.getChangeLog(), parsed.changeLog(),
					parsed.resourceAccessor(), bean.getContexts(), bean.getLabelFilter(), bean.getTag());
			LastRun lastRun = this.runs.lastRun(name).orElse(null);
			MigrationState state = this.reader.read(target, database, connection.getMetaData().getURL(), lastRun,
					atStartup && validatedByTheUpdate(name, lastRun));
			return entityChecks.addTo(state, name, bean, connection);
		}
		catch (Exception ex) {
			logger.warn("Could not read the migration state of '" + name + "': " + ex.getMessage());
			return MigrationState.unknown(this.clock.instant(), this.runs.lastRun(name).orElse(null),
					(ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName());
		}
	}

	/**
	 * Returns whether Liquibase validated the checksums of the changelog it parsed: an
	 * update that succeeded validated every applied changeset before it ran anything.
	 */
	private boolean validatedByTheUpdate(String name, LastRun lastRun) {
		return lastRun != null && lastRun.outcome() == RunOutcome.SUCCESS && this.runs.changeLog(name).isPresent();
	}

	private static Database database(SpringLiquibase bean, Connection connection) throws Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		if (StringUtils.hasText(bean.getDefaultSchema())) {
			database.setDefaultSchemaName(bean.getDefaultSchema());
		}
		if (StringUtils.hasText(bean.getLiquibaseSchema())) {
			database.setLiquibaseSchemaName(bean.getLiquibaseSchema());
		}
		if (StringUtils.hasText(bean.getDatabaseChangeLogTable())) {
			database.setDatabaseChangeLogTableName(bean.getDatabaseChangeLogTable());
		}
		if (StringUtils.hasText(bean.getDatabaseChangeLogLockTable())) {
			database.setDatabaseChangeLogLockTableName(bean.getDatabaseChangeLogLockTable());
		}
		return database;
	}

	/**
	 * Parses the changelog of a bean whose boot-time update did not (Liquibase's
	 * {@code shouldRun} off): the only parse it gets, with the bean's changelog parameters,
	 * as Liquibase would have parsed it.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> changeLogParameters(SpringLiquibase bean) {
		try {
			Field field = SpringLiquibase.class.getDeclaredField("parameters");
			field.setAccessible(true);
			Map<String, String> parameters = (Map<String, String>) field.get(bean);
			return (parameters != null) ? parameters : Map.of();
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			logger.warn("Could not read spring.liquibase.parameters of '" + bean.getBeanName() + "': " + ex);
			return Map.of();
		}
	}

	private ParsedChangeLog parse(SpringLiquibase bean, Database database) {
		try {
			ResourceAccessor accessor = new SpringResourceAccessor(bean.getResourceLoader());
			ChangeLogParameters parameters = new ChangeLogParameters(database);
			changeLogParameters(bean).forEach(parameters::set);
			return new ParsedChangeLog(ChangeLogParserFactory.getInstance()
				.getParser(bean.getChangeLog(), accessor)
				.parse(bean.getChangeLog(), parameters, accessor), accessor);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not parse " + bean.getChangeLog() + ": " + ex.getMessage(), ex);
		}
	}

}
