package dev.ratchet.boot.snapshot;

import java.sql.Connection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.boot.spi.CompatPlans;
import dev.ratchet.boot.spi.EntityMappings;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.state.AlreadyChecked;
import dev.ratchet.state.ChangeLogTarget;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStateReader;
import liquibase.database.Database;
import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Reads the state of every {@code SpringLiquibase} bean from its database: the changelog
 * against DATABASECHANGELOG, the lint of pending changesets and the lock, then the entity
 * checks. A bean whose state cannot be read is {@code UNKNOWN}; the others are still read.
 */
public class SnapshotReader {

	private static final Log logger = LogFactory.getLog(SnapshotReader.class);

	private final Supplier<Map<String, SpringLiquibase>> beans;

	private final MigrationRuns runs;

	private final MigrationStateReader reader;

	private final Clock clock;

	private final EntityMappings entityMappings;

	private final CompatPlans compatPlans;

	private final Consumer<LiveSchema> schemaListener;

	private final ChangeLogParses changeLogs;

	private final Set<String> ratchetTables;

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
	public SnapshotReader(Supplier<Map<String, SpringLiquibase>> beans, MigrationRuns runs, MigrationStateReader reader,
			Clock clock, EntityMappings entityMappings, CompatPlans compatPlans, Consumer<LiveSchema> schemaListener) {
		this(beans, runs, reader, clock, entityMappings, compatPlans, schemaListener, Set.of());
	}

	/**
	 * Creates a new instance.
	 * @param beans the {@code SpringLiquibase} beans by name
	 * @param runs the boot-time updates
	 * @param reader reads one changelog's state
	 * @param clock the clock
	 * @param entityMappings the entity models to compare with each bean's database
	 * @param compatPlans what compat mode degrades, to report and re-check
	 * @param schemaListener told of each schema read for a database compat mode works on
	 * @param ratchetTables Ratchet's own tables, such as its table of instances, which no
	 * drift reports
	 */
	public SnapshotReader(Supplier<Map<String, SpringLiquibase>> beans, MigrationRuns runs, MigrationStateReader reader,
			Clock clock, EntityMappings entityMappings, CompatPlans compatPlans, Consumer<LiveSchema> schemaListener,
			Set<String> ratchetTables) {
		this.beans = beans;
		this.runs = runs;
		this.reader = reader;
		this.clock = clock;
		this.entityMappings = entityMappings;
		this.compatPlans = compatPlans;
		this.schemaListener = schemaListener;
		this.changeLogs = new ChangeLogParses(runs);
		this.ratchetTables = Set.copyOf(ratchetTables);
	}

	/**
	 * Reads the state of every bean.
	 * @param atStartup whether this is the snapshot taken at startup, which trusts what the
	 * boot-time update checked moments before and reuses the schema compat mode read
	 * @return the states by bean name
	 */
	public Map<String, MigrationState> read(boolean atStartup) {
		Map<String, SpringLiquibase> beans = this.beans.get();
		EntityChecks entityChecks = EntityChecks.of(this.entityMappings, this.compatPlans, this.schemaListener,
				beans.size(), atStartup, this.ratchetTables);
		Map<String, MigrationState> states = new LinkedHashMap<>();
		beans.forEach((name, bean) -> states.put(name, read(name, bean, entityChecks, atStartup)));
		return states;
	}

	private MigrationState read(String name, SpringLiquibase bean, EntityChecks entityChecks, boolean atStartup) {
		RunResult result = this.runs.result(name).orElse(null);
		LastRun lastRun = (result != null) ? result.lastRun() : null;
		try (Connection connection = bean.getDataSource().getConnection()) {
			Database database = LiquibaseDatabases.of(bean, connection);
			ChangeLogTarget target = new ChangeLogTarget(this.changeLogs.of(name, bean, database), bean.getContexts(),
					bean.getLabelFilter(), bean.getTag());
			AlreadyChecked checked = (atStartup && result != null) ? result.checked() : AlreadyChecked.nothing();
			MigrationState state = this.reader.read(target, database, connection.getMetaData().getURL(), lastRun,
					checked);
			return entityChecks.addTo(state, name, bean, connection);
		}
		catch (Exception ex) {
			logger.warn("Could not read the migration state of '" + name + "': " + ex.getMessage());
			return MigrationState.unknown(this.clock.instant(), lastRun,
					(ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName());
		}
	}

}
