package dev.ratchet.boot.snapshot;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

import dev.ratchet.LiquibaseTables;
import dev.ratchet.boot.spi.CompatPlans;
import dev.ratchet.boot.spi.CompatPlans.PersistenceUnitCompat;
import dev.ratchet.boot.spi.EntityMappings;
import dev.ratchet.boot.spi.PersistenceUnitModel;
import dev.ratchet.compat.CompatState;
import dev.ratchet.compat.CompatState.DegradedColumn;
import dev.ratchet.compat.CompatState.UnavailableEntity;
import dev.ratchet.drift.DriftDetector;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.drift.EntityModel;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.MappedTable;
import dev.ratchet.drift.SchemaReader;
import dev.ratchet.drift.SuggestedChangeLog;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Adds what the entities see of the live database to a changelog's state: the drift
 * between them, the changelog that adds what the database lacks, and compat mode with whether a restart is now required. The schema is
 * read once per changelog and snapshot; the snapshot taken at startup reuses the schema
 * compat mode read while the persistence unit was built. A changelog is paired with the persistence units
 * that share its {@link DataSource}, or with the only persistence unit when the
 * application has one changelog and one persistence unit.
 */
final class EntityChecks {

	private static final Log logger = LogFactory.getLog(EntityChecks.class);

	private final List<PersistenceUnitModel> models;

	private final List<PersistenceUnitCompat> plans;

	private final Consumer<LiveSchema> schemaListener;

	private final int changeLogs;

	private final boolean atStartup;

	private final Set<String> ratchetTables;

	private EntityChecks(List<PersistenceUnitModel> models, List<PersistenceUnitCompat> plans,
			Consumer<LiveSchema> schemaListener, int changeLogs, boolean atStartup, Set<String> ratchetTables) {
		this.models = models;
		this.plans = plans;
		this.schemaListener = schemaListener;
		this.changeLogs = changeLogs;
		this.atStartup = atStartup;
		this.ratchetTables = ratchetTables;
	}

	/**
	 * Returns the entity checks of one snapshot.
	 * @param mappings the entity models
	 * @param plans the compat plans
	 * @param schemaListener told of every schema read for a persistence unit's database
	 * @param changeLogs how many changelogs the snapshot reads
	 * @param atStartup whether this is the snapshot taken at startup, which reuses the
	 * schema compat mode read moments before instead of reading it again
	 * @param ratchetTables Ratchet's own tables, which no entity maps and no drift reports
	 * @return the entity checks
	 */
	static EntityChecks of(EntityMappings mappings, CompatPlans plans, Consumer<LiveSchema> schemaListener,
			int changeLogs, boolean atStartup, Set<String> ratchetTables) {
		return new EntityChecks(mappings.models(), plans.plans(), schemaListener, changeLogs, atStartup,
				ratchetTables);
	}

	/**
	 * Returns the state with entity drift and compat mode added, or the state unchanged
	 * when no persistence unit maps this changelog's database or the schema cannot be
	 * read.
	 * @param state the changelog's state
	 * @param name the name of the {@code SpringLiquibase} bean
	 * @param bean the {@code SpringLiquibase} bean
	 * @param connection an open connection to the bean's database
	 * @return the state
	 */
	MigrationState addTo(MigrationState state, String name, SpringLiquibase bean, Connection connection) {
		List<PersistenceUnitModel> models = paired(this.models, PersistenceUnitModel::dataSource, bean);
		List<PersistenceUnitCompat> plans = paired(this.plans, PersistenceUnitCompat::dataSource, bean);
		if ((models.isEmpty() && plans.isEmpty()) || state.status() == MigrationStatus.UNKNOWN) {
			return state;
		}
		try {
			LiveSchema schema = schemaAtStartup(plans);
			if (schema == null) {
				schema = SchemaReader.read(connection);
			}
			if (!plans.isEmpty()) {
				this.schemaListener.accept(schema);
			}
			if (models.isEmpty()) {
				return state.withEntities(List.of(), compatState(plans, null), null);
			}
			EntityModel model = merge(models);
			List<DriftItem> drift = new DriftDetector().detect(model, schema, ownTables(bean));
			return state.withEntities(drift, compatState(plans, drift), SuggestedChangeLog.of(model, drift));
		}
		catch (Exception ex) {
			logger.warn("Could not compare the entities with the database of '" + name + "': " + ex.getMessage());
			return state;
		}
	}

	private LiveSchema schemaAtStartup(List<PersistenceUnitCompat> plans) {
		if (!this.atStartup) {
			return null;
		}
		return plans.stream().map(PersistenceUnitCompat::schemaAtStartup).filter((schema) -> schema != null)
			.findFirst().orElse(null);
	}

	private static CompatState compatState(List<PersistenceUnitCompat> plans, List<DriftItem> drift) {
		if (plans.size() == 1) {
			return plans.get(0).plan().state(drift);
		}
		boolean active = false;
		boolean restartRequired = false;
		List<DegradedColumn> columns = new ArrayList<>();
		List<UnavailableEntity> unavailable = new ArrayList<>();
		for (PersistenceUnitCompat unit : plans) {
			CompatState state = unit.plan().state(drift);
			active |= state.active();
			restartRequired |= state.restartRequired();
			columns.addAll(state.columns());
			unavailable.addAll(state.unavailable());
		}
		return new CompatState(active, restartRequired, columns, unavailable);
	}

	private Set<String> ownTables(SpringLiquibase bean) {
		Set<String> own = new HashSet<>(
				LiquibaseTables.lowerCase(bean.getDatabaseChangeLogTable(), bean.getDatabaseChangeLogLockTable()));
		own.addAll(this.ratchetTables);
		return own;
	}

	private <T> List<T> paired(List<T> units, Function<T, DataSource> dataSource, SpringLiquibase bean) {
		List<T> matching = units.stream()
			.filter((unit) -> dataSource.apply(unit) != null && dataSource.apply(unit) == bean.getDataSource())
			.toList();
		if (matching.isEmpty() && units.size() == 1 && this.changeLogs == 1) {
			return units;
		}
		return matching;
	}

	private static EntityModel merge(List<PersistenceUnitModel> units) {
		if (units.size() == 1) {
			return units.get(0).model();
		}
		List<MappedTable> tables = new ArrayList<>();
		units.forEach((unit) -> tables.addAll(unit.model().tables()));
		return new EntityModel(tables);
	}

}
