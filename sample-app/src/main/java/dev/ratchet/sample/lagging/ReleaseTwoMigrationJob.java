package dev.ratchet.sample.lagging;

import java.io.OutputStream;
import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Stands for the migration job that deployed release 2, in the {@code lagging} profile:
 * before the application gets its {@link DataSource}, plain Liquibase brings the database
 * to release 2 ({@value #CHANGE_LOG}), so this verify-only instance starts one release
 * behind its entities. A database at release 2 already is left as it is.
 */
@Configuration(proxyBeanMethods = false)
@Profile("lagging")
class ReleaseTwoMigrationJob {

	/**
	 * The changelog as it stood when release 2 was deployed.
	 */
	static final String CHANGE_LOG = "db/changelog/db.changelog-release-2.yaml";

	@Bean
	DataSource dataSource(DataSourceProperties properties) throws Exception {
		DataSource dataSource = properties.initializeDataSourceBuilder().build();
		deployReleaseTwo(dataSource);
		return dataSource;
	}

	private static void deployReleaseTwo(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(),
					new ClassLoaderResourceAccessor(ReleaseTwoMigrationJob.class.getClassLoader()),
					Scope.Attr.ui.name(), new LoggerUIService());
			Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
				.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
				.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGE_LOG)
				.setOutput(OutputStream.nullOutputStream())
				.execute());
		}
	}

}
