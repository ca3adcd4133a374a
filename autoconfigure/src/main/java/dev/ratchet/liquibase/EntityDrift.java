package dev.ratchet.liquibase;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.ratchet.drift.DriftDetector;
import dev.ratchet.drift.EntityModel;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.MappedTable;
import dev.ratchet.drift.SchemaReader;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.StringUtils;

/**
 * Adds the drift between the entities and the live database to a changelog's state. A
 * changelog is compared with the persistence units that share its {@link DataSource}, or
 * with the only persistence unit when the application has one changelog and one
 * persistence unit.
 */
final class EntityDrift {

	private static final Log logger = LogFactory.getLog(EntityDrift.class);

	private final List<PersistenceUnitModel> units;

	private final int changeLogs;

	private EntityDrift(List<PersistenceUnitModel> units, int changeLogs) {
		this.units = units;
		this.changeLogs = changeLogs;
	}

	/**
	 * Returns the entity drift of one snapshot.
	 * @param mappings the entity models
	 * @param changeLogs how many changelogs the snapshot reads
	 * @return the entity drift
	 */
	static EntityDrift of(EntityMappings mappings, int changeLogs) {
		return new EntityDrift(mappings.models(), changeLogs);
	}

	/**
	 * Returns the state with the drift between the entities and the database added, or the
	 * state unchanged when no entities map this changelog's database or the schema cannot
	 * be read.
	 * @param state the changelog's state
	 * @param name the name of the {@code SpringLiquibase} bean
	 * @param bean the {@code SpringLiquibase} bean
	 * @param connection an open connection to the bean's database
	 * @return the state
	 */
	MigrationState addTo(MigrationState state, String name, SpringLiquibase bean, Connection connection) {
		EntityModel model = modelFor(bean.getDataSource());
		if (model == null || state.status() == MigrationStatus.UNKNOWN) {
			return state;
		}
		try {
			LiveSchema schema = SchemaReader.read(connection);
			return state.withEntities(new DriftDetector().detect(model, schema, liquibaseTables(bean)), state.compat());
		}
		catch (Exception ex) {
			logger.warn("Could not compare the entities with the database of '" + name + "': " + ex.getMessage());
			return state;
		}
	}

	private static Set<String> liquibaseTables(SpringLiquibase bean) {
		return Set.copyOf(List.of(nameOr(bean.getDatabaseChangeLogTable(), "databasechangelog"),
				nameOr(bean.getDatabaseChangeLogLockTable(), "databasechangeloglock")));
	}

	private static String nameOr(String name, String defaultName) {
		return StringUtils.hasText(name) ? name : defaultName;
	}

	private EntityModel modelFor(DataSource dataSource) {
		List<PersistenceUnitModel> matching = this.units.stream()
			.filter((unit) -> unit.dataSource() != null && unit.dataSource() == dataSource)
			.toList();
		if (matching.isEmpty() && this.units.size() == 1 && this.changeLogs == 1) {
			matching = this.units;
		}
		return matching.isEmpty() ? null : merge(matching);
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
