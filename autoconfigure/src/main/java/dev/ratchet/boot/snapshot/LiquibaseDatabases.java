package dev.ratchet.boot.snapshot;

import java.sql.Connection;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.util.StringUtils;

/**
 * Liquibase's view of a {@code SpringLiquibase} bean's database on a connection: its default
 * schema, and the schema and names of Liquibase's own tables, as the bean configures them.
 */
final class LiquibaseDatabases {

	private LiquibaseDatabases() {
	}

	/**
	 * Returns the database a bean migrates, on a connection.
	 * @param bean the bean
	 * @param connection a connection from the bean's data source
	 * @return the database
	 * @throws DatabaseException when Liquibase cannot tell the database
	 */
	static Database of(SpringLiquibase bean, Connection connection) throws DatabaseException {
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

}
