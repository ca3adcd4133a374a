package dev.ratchet.boot.testsupport;

import dev.ratchet.boot.autoconfigure.RatchetAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Applications of a data source, Boot's Liquibase and Ratchet, on a test's own database.
 */
public final class MigrationApps {

	private MigrationApps() {
	}

	/**
	 * Returns a runner for applications on a database.
	 * @param database the database
	 * @return the runner; add {@code spring.liquibase.change-log} and any other property
	 */
	public static ApplicationContextRunner on(SqlDatabase database) {
		return on(database.url());
	}

	/**
	 * Returns a runner for applications on a database.
	 * @param url the database's JDBC URL
	 * @return the runner; add {@code spring.liquibase.change-log} and any other property
	 */
	public static ApplicationContextRunner on(String url) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					LiquibaseAutoConfiguration.class, RatchetAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + url);
	}

}
